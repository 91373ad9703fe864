package com.parceliq.api.shipments;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.shipment.BuyLabel;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.RerouteShipment;
import com.parceliq.workflows.shipment.VoidLabel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shipment operations: each goes to the shipment's workflow, and the answer is read back from the
 * read model the workflow's activities just wrote. The API itself never writes a shipment.
 */
@ApplicationScoped
public class ShipmentCommands {

  @Inject ShipmentWorkflows workflows;
  @Inject ShipmentReads reads;
  @Inject PurchaseSettings purchases;

  /** How long a delivered shipment stays delivered before it is completed (docs/tracking.md). */
  @ConfigProperty(name = "parceliq.tracking.completion-grace", defaultValue = "7d")
  Duration completionGrace;

  public ShipmentDto create(String tenantId, CreateShipmentRequest request) {
    String shipmentId = Ids.newId(IdPrefix.SHIPMENT);
    NewShipment shipment =
        ShipmentRequestMapper.toNewShipment(tenantId, shipmentId, request)
            .withCompletionGrace(completionGrace);
    workflows.create(shipment);
    return reads.view(tenantId, shipmentId);
  }

  public RateList rate(String tenantId, String shipmentId) {
    reads.requireExists(tenantId, shipmentId);
    workflows.rate(tenantId, shipmentId);
    return new RateList(
        reads.rates(tenantId, shipmentId), reads.rateMessages(tenantId, shipmentId));
  }

  /** Past the wait the purchase carries on in its workflow; the read model still shows "rated". */
  public ShipmentOutcome buy(
      String tenantId, String shipmentId, String rateId, String idempotencyKey) {
    reads.requireExists(tenantId, shipmentId);
    boolean finished =
        workflows
            .buy(
                tenantId,
                shipmentId,
                new BuyLabel(rateId, idempotencyKey, purchases.carrierAttempts()))
            .isPresent();
    return outcome(tenantId, shipmentId, finished);
  }

  /**
   * A shipment already voided (whatever the carrier answered) is shown as it is: its workflow may
   * have ended, and a repeated void changes nothing anyway.
   */
  public ShipmentOutcome voidLabel(String tenantId, String shipmentId, String idempotencyKey) {
    if (reads.hasVoid(tenantId, shipmentId)) {
      return ShipmentOutcome.finished(reads.view(tenantId, shipmentId));
    }
    boolean finished =
        workflows.voidLabel(tenantId, shipmentId, new VoidLabel(idempotencyKey)).isPresent();
    return outcome(tenantId, shipmentId, finished);
  }

  /** Past the wait the reroute carries on; the read model still shows the old destination. */
  public ShipmentOutcome reroute(
      String tenantId, String shipmentId, RerouteRequest request, String idempotencyKey) {
    reads.requireExists(tenantId, shipmentId);
    RerouteShipment reroute =
        new RerouteShipment(ShipmentRequestMapper.toAddress(request.toAddress()), idempotencyKey);
    boolean finished = workflows.reroute(tenantId, shipmentId, reroute).isPresent();
    return outcome(tenantId, shipmentId, finished);
  }

  private ShipmentOutcome outcome(String tenantId, String shipmentId, boolean finished) {
    ShipmentDto shipment = reads.view(tenantId, shipmentId);
    return finished ? ShipmentOutcome.finished(shipment) : ShipmentOutcome.stillRunning(shipment);
  }
}
