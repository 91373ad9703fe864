package com.parceliq.api.ops.shipments;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.shipments.ShipmentDto;
import com.parceliq.api.shipments.ShipmentReads;
import com.parceliq.api.shipments.ShipmentWorkflows;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.workflows.shipment.OperatorDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operator's retry or cancel of any tenant's parked shipment, sent as the workflow's {@code
 * operatorDecision} signal (the same signal the Web UI and {@code temporal workflow signal} send).
 * Only a parked shipment takes a decision: the workflow would silently ignore one sent to any
 * other, so the API refuses it with 409 instead. Every decision sent is audited.
 */
@ApplicationScoped
public class ShipmentDecisions {

  /** Who decides, for the audit log. */
  public record Actor(String actor, String requestId) {}

  @Inject StuckShipments stuck;
  @Inject ShipmentWorkflows workflows;
  @Inject ShipmentReads reads;
  @Inject AuditLog audit;

  /** Sends the decision; answers the shipment as the read model shows it right after. */
  public ShipmentDto decide(Actor actor, String shipmentId, ShipmentDecisionBody body) {
    OperatorDecision decision = check(body);
    ShipmentEntity shipment =
        stuck.find(shipmentId).orElseThrow(() -> ApiException.notFound("shipment", shipmentId));
    if (!shipment.needsAttention) {
      throw new ApiException(
          ErrorCode.SHIPMENT_INVALID_STATE,
          "Shipment " + shipmentId + " is not waiting for an operator's decision.");
    }
    workflows.operatorDecision(shipment.tenantId, shipmentId, decision);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("action", decision.action());
    details.put("parked_error_code", shipment.lastErrorCode);
    details.put("status", shipment.status);
    audit.record(
        new AuditLog.Entry(
            shipment.tenantId,
            actor.actor(),
            "decide_shipment",
            "shipment",
            shipmentId,
            details,
            actor.requestId()));
    return reads.view(shipment.tenantId, shipmentId);
  }

  static OperatorDecision check(ShipmentDecisionBody body) {
    OperatorDecision decision = new OperatorDecision(body.action());
    if (!decision.isRetry() && !decision.isCancel()) {
      throw ApiException.invalidField("action", "must be retry or cancel");
    }
    // Sent normalized: the workflow, the audit record and the Web UI's history all read the same.
    return decision.isRetry() ? OperatorDecision.retry() : OperatorDecision.cancel();
  }
}
