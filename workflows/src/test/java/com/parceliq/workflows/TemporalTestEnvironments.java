package com.parceliq.workflows;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.wiring.TemporalConnections;
import com.parceliq.temporal.wiring.TemporalSettings;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Instant;

/**
 * The in-memory, time-skipping Temporal service every workflow test runs on, with the custom search
 * attributes registered as dev-services registers them on the real server. Workers are created by
 * each test on the production task queues, so the extension does not start any.
 */
public final class TemporalTestEnvironments {

  /** A fixed start instant keeps recorded histories comparable from one recording to the next. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private TemporalTestEnvironments() {}

  public static TestWorkflowExtension extension() {
    return TestWorkflowExtension.newBuilder()
        .setNamespace(TemporalSettings.DEFAULT_NAMESPACE)
        .setWorkflowClientOptions(TemporalConnections.clientOptions(TemporalSettings.local()))
        .setInitialTime(START)
        .setDoNotStart(true)
        .registerSearchAttribute(
            SearchAttributes.TENANT_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.SHIPMENT_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.SHIPMENT_STATUS.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.CARRIER.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.TRACKING_CODE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.BATCH_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
        .registerSearchAttribute(
            SearchAttributes.NEEDS_ATTENTION.getName(), IndexedValueType.INDEXED_VALUE_TYPE_BOOL)
        .build();
  }
}
