package com.parceliq.it.bench;

import com.parceliq.it.support.StackConfig;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/** The benchmark's own connection to the stack's Temporal frontend and namespace. */
final class BenchTemporal implements AutoCloseable {

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  BenchTemporal(StackConfig config) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    this.client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  WorkflowClient client() {
    return client;
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
