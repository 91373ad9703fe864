package com.parceliq.it.support;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;

/**
 * What an operator does from the Temporal Web UI or {@code temporal workflow signal}: send the
 * {@code operatorDecision} signal of CONTRACT section 4 as plain JSON to a shipment's workflow.
 */
public final class TemporalOperator implements AutoCloseable {

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  public TemporalOperator(StackConfig config) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    this.client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  /** {@code action} is {@code retry} or {@code cancel}. */
  public void decide(String tenantId, String shipmentId, String action) {
    client
        .newUntypedWorkflowStub("shipment:" + tenantId + ":" + shipmentId)
        .signal("operatorDecision", Map.of("action", action));
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
