package com.parceliq.it.bench.webhooks;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Emits its events at once (the harness paces the batches), each a shipment.created fact. */
public class BenchEmitterWorkflowImpl implements BenchEmitterWorkflow {

  /** Where the workers host the event activities (TaskQueues.SHIPPING). */
  static final String EVENTS_QUEUE = "shipping";

  private final ActivityStub events =
      Workflow.newUntypedActivityStub(
          ActivityOptions.newBuilder()
              .setTaskQueue(EVENTS_QUEUE)
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(
                  RetryOptions.newBuilder().setInitialInterval(Duration.ofMillis(200)).build())
              .build());

  @Override
  public int emit(String tenantId, String batch, int count) {
    List<Promise<String>> emitted = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String shipmentId = "shp_bench_" + batch + "_" + i;
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("object", "Shipment");
      data.put("id", shipmentId);
      data.put("status", "created");
      data.put("reference", "bench-" + batch + "-" + i);
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("tenantId", tenantId);
      event.put("factKey", "bench:" + batch + ":" + i);
      event.put("type", "shipment.created");
      event.put("shipmentId", shipmentId);
      event.put("data", data);
      emitted.add(events.executeAsync("Emit", String.class, event));
    }
    Promise.allOf(emitted).get();
    return count;
  }
}
