package com.parceliq.it.bench.bare;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** See {@link BareWorkflow}. */
public final class BareWorkflowImpl implements BareWorkflow {

  private final NoopActivity activity =
      Workflow.newActivityStub(
          NoopActivity.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  private boolean purchased;

  @Override
  public void run() {
    Workflow.await(() -> purchased);
  }

  @Override
  public String created() {
    return Workflow.getInfo().getWorkflowId();
  }

  @Override
  public String purchase(String key) {
    String answer = activity.noop(key);
    purchased = true;
    return answer;
  }
}
