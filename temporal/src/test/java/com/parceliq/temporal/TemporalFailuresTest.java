package com.parceliq.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;

class TemporalFailuresTest {

  private static final WorkflowExecution EXECUTION =
      WorkflowExecution.newBuilder().setWorkflowId("shipment:ten_1:shp_1").setRunId("r").build();

  @Test
  void findsTheRefusalInsideAFailedUpdate() {
    ApplicationFailure refusal =
        ApplicationFailure.newNonRetryableFailure("rate expired", "RATE.EXPIRED");
    WorkflowUpdateException update = new WorkflowUpdateException(EXECUTION, "u1", "buy", refusal);

    assertThat(TemporalFailures.applicationFailureType(update)).contains("RATE.EXPIRED");
    assertThat(TemporalFailures.originalMessage(update)).isEqualTo("rate expired");
  }

  @Test
  void findsTheRefusalBehindAnActivityFailure() {
    ApplicationFailure rejection =
        ApplicationFailure.newNonRetryableFailure("address invalid", "CARRIER.REJECTED");
    ActivityFailure activity =
        new ActivityFailure(
            "activity failed",
            5,
            6,
            "PurchaseLabel",
            "1",
            RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE,
            "worker",
            rejection);

    assertThat(TemporalFailures.applicationFailureType(activity)).contains("CARRIER.REJECTED");
  }

  @Test
  void aKnownTypeIsFoundBehindAWrappingExceptionFailure() {
    ApplicationFailure wrapper =
        ApplicationFailure.newFailureWithCause(
            "no such rate",
            "java.lang.IllegalArgumentException",
            ApplicationFailure.newNonRetryableFailure("no such rate", "RATE.NOT_FOUND"));

    assertThat(TemporalFailures.applicationFailure(wrapper, type -> type.startsWith("RATE.")))
        .map(ApplicationFailure::getType)
        .contains("RATE.NOT_FOUND");
    assertThat(TemporalFailures.applicationFailureType(wrapper))
        .contains("java.lang.IllegalArgumentException");
  }

  @Test
  void failuresWithoutARefusalHaveNoType() {
    assertThat(TemporalFailures.applicationFailureType(new IllegalStateException("boom")))
        .isEmpty();
    assertThat(TemporalFailures.originalMessage(new IllegalStateException("boom")))
        .isEqualTo("boom");
  }

  @Test
  void anUnreachableFrontendIsServiceUnavailable() {
    WorkflowServiceException down =
        new WorkflowServiceException(
            EXECUTION, "ShipmentWorkflow", Status.UNAVAILABLE.asRuntimeException());

    assertThat(TemporalFailures.isServiceUnavailable(down)).isTrue();
    assertThat(
            TemporalFailures.isServiceUnavailable(
                new WorkflowServiceException(
                    EXECUTION, "ShipmentWorkflow", Status.INVALID_ARGUMENT.asRuntimeException())))
        .isFalse();
  }
}
