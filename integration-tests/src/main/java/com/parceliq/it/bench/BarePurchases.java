package com.parceliq.it.bench;

import com.parceliq.it.bench.bare.BareBaseline;
import java.time.Duration;
import java.util.List;

/** The bare baseline as a {@link BenchTarget}: timed from the update call to its result. */
final class BarePurchases implements BenchTarget<String> {

  private final BareBaseline baseline;

  BarePurchases(BareBaseline baseline) {
    this.baseline = baseline;
  }

  @Override
  public String name() {
    return "bare Temporal";
  }

  @Override
  public List<String> prepare(int count) {
    return baseline.prepare(count);
  }

  @Override
  public Outcome purchase(String workflowId) {
    long started = System.nanoTime();
    try {
      boolean completed = baseline.purchase(workflowId);
      Duration latency = Duration.ofNanos(System.nanoTime() - started);
      return completed
          ? Outcome.completed(latency)
          : Outcome.stillRunning(
              latency, workflowId + " still running after " + BareBaseline.RESULT_WAIT);
    } catch (RuntimeException e) {
      return Outcome.failed(Duration.ofNanos(System.nanoTime() - started), e.toString());
    }
  }

  @Override
  public WorkflowRef workflowOf(String workflowId) {
    return new WorkflowRef(workflowId, BareBaseline.PURCHASE_UPDATE_PREFIX);
  }
}
