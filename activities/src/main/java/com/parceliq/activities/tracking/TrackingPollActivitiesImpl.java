package com.parceliq.activities.tracking;

import com.parceliq.domain.TrackerIds;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.ports.TrackedShipment;
import com.parceliq.workflows.ports.TrackingPollActivities;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import com.parceliq.workflows.shipment.TrackingUpdate;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The tracking poller's database and signalling steps. Platform-wide by design: the poller serves
 * every tenant, and each signal goes to that tenant's own shipment workflow.
 */
@ApplicationScoped
public class TrackingPollActivitiesImpl implements TrackingPollActivities {

  private static final Logger LOG = Logger.getLogger(TrackingPollActivitiesImpl.class);

  /*
   * Stale: no tracker row yet (never told anything) and bought before the cutoff, or a tracker
   * whose last news and last check are both before it. The carrier account is the selected
   * rate's.
   */
  private static final String STALE_PAGE =
      """
      select s.tenant_id, s.id, s.carrier, r.carrier_account_id, s.tracking_code
        from shipments s
        left join rates r on r.id = s.selected_rate_id and r.tenant_id = s.tenant_id
        left join trackers t on t.shipment_id = s.id
       where s.status in ('purchased', 'rerouted', 'in_transit', 'out_for_delivery')
         and s.tracking_code is not null and s.carrier is not null
         and s.id > :after
         and case when t.id is null then s.updated_at < :cutoff
                  else t.updated_at < :cutoff and coalesce(t.checked_at, t.updated_at) < :cutoff
             end
       order by s.id
       limit :limit
      """;

  @Inject EntityManager entityManager;
  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.tracking.stale-after", defaultValue = "6h")
  Duration staleAfter;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public List<TrackedShipment> stalePage(String afterShipmentId, int limit) {
    Timestamp cutoff = Timestamp.from(clock.instant().minus(staleAfter));
    List<Object[]> rows =
        entityManager
            .createNativeQuery(STALE_PAGE)
            // Every id sorts after the empty string: the first page needs no special case.
            .setParameter("after", afterShipmentId == null ? "" : afterShipmentId)
            .setParameter("cutoff", cutoff)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TrackedShipment(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  @Override
  public void deliver(TrackedShipment shipment, TrackingUpdate update) {
    String workflowId = WorkflowIds.shipment(shipment.tenantId(), shipment.shipmentId());
    try {
      client.newWorkflowStub(ShipmentWorkflow.class, workflowId).trackingUpdate(update);
    } catch (WorkflowNotFoundException e) {
      // Closed (idle limit, or a final state the poll query has not seen yet): nothing to tell.
      LOG.infof("tracking poll: shipment %s has no running workflow", shipment.shipmentId());
    }
    markChecked(shipment);
  }

  @Transactional
  void markChecked(TrackedShipment shipment) {
    Instant now = clock.instant();
    // Before any news the tracker has no row: create it checked, with no details yet.
    entityManager
        .createNativeQuery(
            """
            insert into trackers (id, tenant_id, shipment_id, carrier, tracking_code, status,
                                  checked_at, updated_at)
            values (:id, :tenant, :shipment, :carrier, :code, 'unknown', :now, :now)
            on conflict (shipment_id) do update set checked_at = excluded.checked_at
            """)
        .setParameter("id", TrackerIds.ofShipment(shipment.shipmentId()))
        .setParameter("tenant", shipment.tenantId())
        .setParameter("shipment", shipment.shipmentId())
        .setParameter("carrier", shipment.carrier())
        .setParameter("code", shipment.trackingCode())
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }
}
