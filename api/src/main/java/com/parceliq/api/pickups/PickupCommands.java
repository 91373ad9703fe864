package com.parceliq.api.pickups;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.shipments.ShipmentRequestMapper;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.pickup.BuyPickup;
import com.parceliq.workflows.pickup.CancelPickup;
import com.parceliq.workflows.pickup.NewPickup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pickup operations: each goes to the pickup's workflow, and the answer is read back from the read
 * model its activities just wrote. Buying and cancelling move the tenant's money, so each finished
 * one is audited (once per pickup and action).
 */
@ApplicationScoped
public class PickupCommands {

  /** Who acts on a pickup, for the audit log. */
  public record Actor(String tenantId, String actor, String requestId) {}

  @Inject PickupWorkflows workflows;
  @Inject PickupReads reads;
  @Inject PickupShipments shipments;
  @Inject AuditLog audit;

  public PickupDto create(String tenantId, CreatePickupRequest request) {
    PickupRequests.Window window = PickupRequests.requireValid(request, Instant.now());
    PickupShipments.Labels labels = shipments.resolve(tenantId, request);
    String pickupId = Ids.newId(IdPrefix.PICKUP);
    workflows.create(
        new NewPickup(
            tenantId,
            pickupId,
            ShipmentRequestMapper.toAddress(request.address()),
            window.min(),
            window.max(),
            labels.shipmentIds(),
            labels.trackingCodes(),
            labels.carrier(),
            labels.carrierAccountId(),
            blankToNull(request.instructions()),
            blankToNull(request.reference()),
            request.batchId() == null || request.batchId().isBlank()
                ? null
                : request.batchId().strip()));
    return reads.view(tenantId, pickupId);
  }

  /** Empty when the purchase outlasts the wait; it carries on in the workflow. */
  public PickupOutcome buy(
      Actor actor, String pickupId, BuyPickupRequest request, String idempotencyKey) {
    reads.requireExists(actor.tenantId(), pickupId);
    BuyPickup buy =
        new BuyPickup(request.carrier().strip(), request.service().strip(), idempotencyKey);
    boolean finished = workflows.buy(actor.tenantId(), pickupId, buy).isPresent();
    return outcome(actor, pickupId, finished, "buy_pickup");
  }

  public PickupOutcome cancel(Actor actor, String pickupId, String idempotencyKey) {
    reads.requireExists(actor.tenantId(), pickupId);
    boolean finished =
        workflows.cancel(actor.tenantId(), pickupId, new CancelPickup(idempotencyKey)).isPresent();
    return outcome(actor, pickupId, finished, "cancel_pickup");
  }

  private PickupOutcome outcome(Actor actor, String pickupId, boolean finished, String action) {
    PickupDto pickup = reads.view(actor.tenantId(), pickupId);
    if (!finished) {
      return PickupOutcome.stillRunning(pickup);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", pickup.status());
    details.put("carrier", pickup.carrier());
    details.put("service", pickup.service());
    details.put("confirmation", pickup.confirmation());
    details.put("fee", pickup.fee());
    details.put("currency", pickup.currency());
    audit.record(
        new AuditLog.Entry(
            actor.tenantId(),
            actor.actor(),
            action,
            "pickup",
            pickupId,
            details,
            actor.requestId()));
    return PickupOutcome.finished(pickup);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
