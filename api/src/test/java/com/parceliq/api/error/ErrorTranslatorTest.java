package com.parceliq.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.shipments.CreateShipmentRequest;
import com.parceliq.domain.ErrorCode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ErrorTranslatorTest {

  private static final WorkflowExecution EXECUTION =
      WorkflowExecution.newBuilder().setWorkflowId("shipment:ten_1:shp_1").setRunId("run").build();

  @Test
  void apiRefusalKeepsItsCodeMessageAndFieldErrors() {
    ApiError error =
        ErrorTranslator.translate(ApiException.invalidField("page_size", "must be 1 to 100"));

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.code()).isEqualTo("REQUEST.INVALID");
    assertThat(error.errors()).containsExactly(new FieldError("page_size", "must be 1 to 100"));
    assertThat(error.retryAfterSeconds()).isNull();
  }

  @Test
  void eachCategoryHasItsStatus() {
    assertThat(statusOf(ErrorCode.REQUEST_MALFORMED)).isEqualTo(400);
    assertThat(statusOf(ErrorCode.AUTH_UNAUTHENTICATED)).isEqualTo(401);
    assertThat(statusOf(ErrorCode.WALLET_INSUFFICIENT_FUNDS)).isEqualTo(402);
    assertThat(statusOf(ErrorCode.AUTH_FORBIDDEN)).isEqualTo(403);
    assertThat(statusOf(ErrorCode.NOT_FOUND)).isEqualTo(404);
    assertThat(statusOf(ErrorCode.SHIPMENT_INVALID_STATE)).isEqualTo(409);
    assertThat(statusOf(ErrorCode.IDEMPOTENCY_IN_FLIGHT)).isEqualTo(409);
    assertThat(statusOf(ErrorCode.IDEMPOTENCY_KEY_REUSED)).isEqualTo(422);
    assertThat(statusOf(ErrorCode.CARRIER_REJECTED)).isEqualTo(422);
    assertThat(statusOf(ErrorCode.CARRIER_UNAVAILABLE)).isEqualTo(503);
    assertThat(statusOf(ErrorCode.INTERNAL)).isEqualTo(500);
  }

  @Test
  void unavailableAnswersTellWhenToRetry() {
    ApiError error =
        ErrorTranslator.translate(new ApiException(ErrorCode.CARRIER_UNAVAILABLE, "carrier down"));

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.retryAfterSeconds()).isEqualTo(ErrorStatus.RETRY_AFTER_SECONDS);
  }

  @Test
  void internalErrorsNeverRevealWhatWentWrong() {
    ApiError error =
        ErrorTranslator.translate(new IllegalStateException("password=hunter2 at db.internal"));

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.code()).isEqualTo("INTERNAL.ERROR");
    assertThat(error.message()).doesNotContain("hunter2").doesNotContain("Exception");
  }

  @Test
  void updateRejectedByTheWorkflowValidatorAnswersWithTheFailureType() {
    var rejected =
        new WorkflowUpdateException(
            EXECUTION,
            "buy:key",
            "buy",
            ApplicationFailure.newNonRetryableFailure(
                "No rate rate_9 on this shipment.", "RATE.NOT_FOUND"));

    ApiError error = ErrorTranslator.translate(rejected);

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.code()).isEqualTo("RATE.NOT_FOUND");
    assertThat(error.message()).isEqualTo("No rate rate_9 on this shipment.");
  }

  @Test
  void validatorRefusalCarriedAsTheCauseOfAnotherFailureIsFoundInTheChain() {
    var coded =
        ApplicationFailure.newNonRetryableFailure(
            "shipment is purchased; only rated shipments can be bought", "SHIPMENT.INVALID_STATE");
    var carrier =
        ApplicationFailure.newFailureWithCause(
            coded.getOriginalMessage(), "java.lang.IllegalArgumentException", coded);

    ApiError error =
        ErrorTranslator.translate(new WorkflowUpdateException(EXECUTION, "u1", "buy", carrier));

    assertThat(error.status()).isEqualTo(409);
    assertThat(error.code()).isEqualTo("SHIPMENT.INVALID_STATE");
    assertThat(error.message())
        .isEqualTo("shipment is purchased; only rated shipments can be bought");
  }

  @Test
  void insufficientFundsFromAnActivityInsideAFailedWorkflowIsPaymentRequired() {
    var activity =
        new ActivityFailure(
            "activity failed",
            5,
            6,
            "ChargeLabel",
            "1",
            RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE,
            "worker",
            ApplicationFailure.newNonRetryableFailure(
                "The wallet holds 1.00 USD; the label costs 7.50 USD.",
                "WALLET.INSUFFICIENT_FUNDS"));
    var failed =
        new WorkflowFailedException(
            EXECUTION,
            "WalletDepositWorkflow",
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
            7,
            RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE,
            activity);

    ApiError error = ErrorTranslator.translate(failed);

    assertThat(error.status()).isEqualTo(402);
    assertThat(error.code()).isEqualTo("WALLET.INSUFFICIENT_FUNDS");
    assertThat(error.message()).startsWith("The wallet holds 1.00 USD");
  }

  @Test
  void failureOfAnUnknownTypeIsAnInternalError() {
    var rejected =
        new WorkflowUpdateException(
            EXECUTION,
            "u1",
            "rate",
            ApplicationFailure.newFailure("boom", "java.lang.NullPointerException"));

    assertThat(ErrorTranslator.translate(rejected).status()).isEqualTo(500);
  }

  @Test
  void unreachableTemporalIsServiceUnavailable() {
    var down =
        new WorkflowServiceException(
            EXECUTION, "ShipmentWorkflow", new StatusRuntimeException(Status.UNAVAILABLE));

    ApiError error = ErrorTranslator.translate(down);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.code()).isEqualTo("SERVICE.UNAVAILABLE");
    assertThat(error.retryAfterSeconds()).isNotNull();
  }

  @Test
  void temporalDeadlineExceededIsServiceUnavailable() {
    assertThat(
            ErrorTranslator.translate(new StatusRuntimeException(Status.DEADLINE_EXCEEDED))
                .status())
        .isEqualTo(503);
  }

  @Test
  void updateOutlivingTheWaitAsksForARetryWithTheSameKey() {
    var slow = new WorkflowUpdateTimeoutOrCancelledException(EXECUTION, "buy:key", "buy", null);

    ApiError error = ErrorTranslator.translate(slow);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.message()).contains("same Idempotency-Key");
  }

  @Test
  void lostDatabaseConnectionIsServiceUnavailable() {
    var lost =
        new JDBCConnectionException(
            "could not connect", new SQLException("Connection refused", "08001"));

    assertThat(ErrorTranslator.translate(lost).status()).isEqualTo(503);
    assertThat(
            ErrorTranslator.translate(
                    new RuntimeException(new SQLException("Sorry, acquisition timeout!")))
                .status())
        .isEqualTo(503);
  }

  @Test
  void otherDatabaseErrorsAreInternal() {
    var constraint = new RuntimeException(new SQLException("duplicate key", "23505"));

    assertThat(ErrorTranslator.translate(constraint).status()).isEqualTo(500);
  }

  @Test
  void unparsableBodyIsMalformed() {
    var parse = parseFailure("{\"to_address\": {\"street1\": ");

    ApiError error =
        ErrorTranslator.translate(
            new WebApplicationException(parse, jakarta.ws.rs.core.Response.Status.BAD_REQUEST));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("REQUEST.MALFORMED");
    assertThat(error.errors()).isEmpty();
  }

  @Test
  void valueOfTheWrongTypeIsMalformedAndNamesTheJsonField() {
    var mismatch = parseFailure("{\"parcel\": {\"weight\": \"heavy\"}}");

    ApiError error = ErrorTranslator.translate(mismatch);

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.errors()).containsExactly(new FieldError("parcel.weight", "must be a number"));
    assertThat(error.message()).doesNotContain("com.parceliq");
  }

  @Test
  void jsonFailureInsideOurOwnCodeIsNotBlamedOnTheClient() {
    var ours = new IllegalStateException("unreadable column", parseFailure("{"));

    assertThat(ErrorTranslator.translate(ours).status()).isEqualTo(500);
  }

  @Test
  void routingErrorsKeepTheirStatusInTheContractShape() {
    assertThat(ErrorTranslator.translate(new NotFoundException()).code())
        .isEqualTo("RESOURCE.NOT_FOUND");
    assertThat(ErrorTranslator.translate(new NotAllowedException("GET")).status()).isEqualTo(405);
    assertThat(ErrorTranslator.translate(new NotSupportedException()).status()).isEqualTo(415);
  }

  @Test
  void errorDocumentHasTheContractShape() throws Exception {
    ApiError error =
        new ApiError(
            422,
            "REQUEST.INVALID",
            "The request has invalid fields.",
            List.of(new FieldError("to_address.zip", "must not be blank")),
            null);

    String json = new ObjectMapper().writeValueAsString(ErrorBody.of(error, "req_1"));

    assertThat(json)
        .isEqualTo(
            "{\"error\":{\"code\":\"REQUEST.INVALID\",\"message\":\"The request has invalid"
                + " fields.\",\"errors\":[{\"field\":\"to_address.zip\",\"message\":\"must not"
                + " be blank\"}],\"request_id\":\"req_1\"}}");
  }

  private static int statusOf(ErrorCode code) {
    return ErrorTranslator.translate(new ApiException(code, "message")).status();
  }

  private static JsonProcessingException parseFailure(String json) {
    try {
      new ObjectMapper().readValue(json, CreateShipmentRequest.class);
    } catch (JsonProcessingException e) {
      return e;
    }
    throw new AssertionError("expected " + json + " to fail parsing");
  }
}
