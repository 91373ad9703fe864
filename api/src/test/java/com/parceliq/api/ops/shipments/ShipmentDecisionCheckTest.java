package com.parceliq.api.ops.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.workflows.shipment.OperatorDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the decision route accepts before anything reaches the workflow. */
class ShipmentDecisionCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"retry", " Retry ", "RETRY"})
  void retryInAnySpellingIsSentAsRetry(String action) {
    assertThat(ShipmentDecisions.check(new ShipmentDecisionBody(action)))
        .isEqualTo(OperatorDecision.retry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cancel", "Cancel"})
  void cancelIsSentAsCancel(String action) {
    assertThat(ShipmentDecisions.check(new ShipmentDecisionBody(action)))
        .isEqualTo(OperatorDecision.cancel());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "approve", "retry later"})
  void anythingElseIsRefusedNamingTheAction(String action) {
    ApiException refusal =
        assertThrows(
            ApiException.class, () -> ShipmentDecisions.check(new ShipmentDecisionBody(action)));

    assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
    assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("action");
  }
}
