package com.parceliq.workflows.shipment;

import com.parceliq.workflows.ports.ShipmentRecordActivities;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Parks the shipment when a step cannot finish on its own (a carrier that kept failing, a void the
 * carrier refused): {@code NeedsAttention=true} in search attributes and the read model, then a
 * durable wait for the {@code operatorDecision} signal. Waiting costs nothing and survives worker
 * and server restarts, which a failed workflow would not.
 */
final class OperatorDesk {

  private static final Logger log = Workflow.getLogger(OperatorDesk.class);

  private final ShipmentState state;
  private final ShipmentRecordActivities records;

  OperatorDesk(ShipmentState state, ShipmentRecordActivities records) {
    this.state = state;
    this.records = records;
  }

  /** Parks with {@code code} (an error code) and {@code message}, and waits for the decision. */
  OperatorDecision awaitDecision(String code, String message) {
    state.park(code, message);
    ShipmentSearch.needsAttention(true);
    record(true, code, message);
    log.warn("shipment {} parked for an operator: {} {}", state.shipmentId(), code, message);

    Workflow.await(state::hasDecision);
    OperatorDecision decision = state.takeDecision();
    log.info("shipment {}: operator decided {}", state.shipmentId(), decision.action());
    ShipmentSearch.needsAttention(false);
    record(false, code, message);
    return decision;
  }

  /** Signal handler: records a valid decision while parked, ignores anything else. */
  void receive(OperatorDecision decision) {
    if (decision == null || !(decision.isRetry() || decision.isCancel())) {
      log.warn("shipment {}: ignoring operator decision {}", state.shipmentId(), decision);
      return;
    }
    if (!state.needsAttention()) {
      log.warn("shipment {} is not parked; ignoring {}", state.shipmentId(), decision.action());
      return;
    }
    state.decide(decision);
  }

  private void record(boolean needsAttention, String code, String message) {
    records.recordStatus(
        state.tenantId(),
        state.shipmentId(),
        state.status().wireName(),
        needsAttention,
        code,
        message);
  }
}
