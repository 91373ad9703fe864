package com.parceliq.api.carrierwebhooks;

import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Hands a pushed update to the shipment it is about. Carriers name a parcel only by tracking code,
 * so the lookup spans every tenant (by carrier and code); the signal then goes to that tenant's own
 * shipment workflow, which decides what the update means.
 */
@ApplicationScoped
public class TrackingSignals {

  private static final Logger LOG = Logger.getLogger(TrackingSignals.class);

  @Inject WorkflowClient client;

  void signal(String carrier, TrackingInfo update) {
    List<ShipmentEntity> shipments =
        ScopedWork.call(
            RowScope.system("carrier tracking push: the carrier names no tenant"),
            () ->
                ShipmentEntity.list(
                    "carrier = ?1 and trackingCode = ?2", carrier, update.trackingCode()));
    if (shipments.isEmpty()) {
      LOG.infof(
          "carrier %s pushed tracking for unknown code %s; accepted and ignored",
          carrier, update.trackingCode());
      return;
    }
    for (ShipmentEntity shipment : shipments) {
      try {
        client
            .newWorkflowStub(
                ShipmentWorkflow.class, WorkflowIds.shipment(shipment.tenantId, shipment.id))
            .trackingUpdate(PushedTracking.update(update));
      } catch (WorkflowNotFoundException e) {
        LOG.infof("tracking push for shipment %s ignored: its workflow has ended", shipment.id);
      }
    }
  }
}
