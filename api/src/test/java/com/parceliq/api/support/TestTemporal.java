package com.parceliq.api.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;

/** The in-memory Temporal service with scripted workflows on the production task queue. */
public final class TestTemporal {

  private TestTemporal() {}

  public static TestWorkflowEnvironment start() {
    TestWorkflowEnvironment environment =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(tolerantDataConverter())
                        .build())
                .build());
    environment.registerSearchAttribute(
        SearchAttributes.TENANT_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    environment.registerSearchAttribute(
        SearchAttributes.SHIPMENT_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    environment.registerSearchAttribute(
        SearchAttributes.SHIPMENT_STATUS.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    Worker worker = environment.newWorker(TaskQueues.SHIPPING);
    worker.registerWorkflowImplementationFactory(
        ShipmentWorkflow.class, ScriptedShipmentWorkflow::create);
    worker.registerWorkflowImplementationTypes(ScriptedDepositWorkflow.class);
    environment.start();
    return environment;
  }

  /**
   * The SDK's JSON converter, reading past properties it does not know. Needed for {@code Money},
   * whose {@code isPositive()}/{@code isNegative()} Jackson writes as properties and then refuses
   * to read back; the stack's client and workers need the same (reported to the temporal wiring).
   */
  static DefaultDataConverter tolerantDataConverter() {
    return DefaultDataConverter.newDefaultInstance()
        .withPayloadConverterOverrides(
            new JacksonJsonPayloadConverter(
                JacksonJsonPayloadConverter.newDefaultObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)));
  }
}
