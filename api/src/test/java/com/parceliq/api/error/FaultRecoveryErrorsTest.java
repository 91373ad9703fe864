package com.parceliq.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowServiceException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * Answers the chaos run (docs/reliability.md) found to be 500 while the stack recovered from a
 * fault; each is a dependency recovering, so 503 with Retry-After.
 */
class FaultRecoveryErrorsTest {

  private static final WorkflowExecution EXECUTION =
      WorkflowExecution.newBuilder().setWorkflowId("shipment:ten_1:shp_1").build();

  @Test
  void buyWhileAKilledWorkersWorkflowTaskIsRetriedIsServiceUnavailable() {
    var refused =
        new WorkflowServiceException(
            EXECUTION,
            "ShipmentWorkflow",
            new StatusRuntimeException(
                Status.FAILED_PRECONDITION.withDescription(
                    "Unable to perform workflow execution update due to Workflow Task in failed"
                        + " state.")));

    ApiError error = ErrorTranslator.translate(refused);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.code()).isEqualTo("SERVICE.UNAVAILABLE");
    assertThat(error.retryAfterSeconds()).isNotNull();
  }

  @Test
  void otherFailedPreconditionsStayInternal() {
    var other =
        new WorkflowServiceException(
            EXECUTION,
            "ShipmentWorkflow",
            new StatusRuntimeException(Status.FAILED_PRECONDITION.withDescription("other")));

    assertThat(ErrorTranslator.translate(other).status()).isEqualTo(500);
  }

  @Test
  void pooledConnectionClosedByAPostgresRestartIsServiceUnavailable() {
    var closed =
        new GenericJDBCException(
            "Unable to acquire JDBC Connection",
            new SQLException(
                "Exception in association of connection to existing transaction",
                new SQLException(
                    "Failed to enlist. Check if a connection from another datasource is already"
                        + " enlisted to the same transaction")));

    ApiError error = ErrorTranslator.translate(closed);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.retryAfterSeconds()).isNotNull();
  }
}
