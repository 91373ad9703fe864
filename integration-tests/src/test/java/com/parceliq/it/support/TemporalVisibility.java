package com.parceliq.it.support;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.List;

/**
 * What an operator sees in the Temporal Web UI: workflow executions found by a visibility query on
 * the frontend, with their search attributes. Uses the list API only, never starts or signals.
 */
public final class TemporalVisibility implements AutoCloseable {

  public static final SearchAttributeKey<String> TENANT_ID =
      SearchAttributeKey.forKeyword("TenantId");
  public static final SearchAttributeKey<String> SHIPMENT_ID =
      SearchAttributeKey.forKeyword("ShipmentId");
  public static final SearchAttributeKey<String> SHIPMENT_STATUS =
      SearchAttributeKey.forKeyword("ShipmentStatus");
  public static final SearchAttributeKey<String> CARRIER = SearchAttributeKey.forKeyword("Carrier");
  public static final SearchAttributeKey<String> TRACKING_CODE =
      SearchAttributeKey.forKeyword("TrackingCode");

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  public TemporalVisibility(StackConfig config) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    this.client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  /** Executions matching a visibility query, e.g. {@code ShipmentId = 'shp_…'}. */
  public List<WorkflowExecutionMetadata> list(String query) {
    return client.listExecutions(query).toList();
  }

  /** A keyword search attribute of an execution, or null when it is not set. */
  public static String keyword(
      WorkflowExecutionMetadata execution, SearchAttributeKey<String> key) {
    return execution.getTypedSearchAttributes().get(key);
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
