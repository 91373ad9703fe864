package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;

import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.api.enums.v1.EventType;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Validators refuse bad buys before they touch history, the wallet or the carrier. */
class ShipmentBuyValidationTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void buyingBeforeRatingIsRefusedWithoutAnyHistory() {
    ShipmentWorkflow shipment = harness.create();
    long updatesBefore =
        harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);

    assertRefused(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")), "SHIPMENT.INVALID_STATE");

    assertThat(harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED))
        .isEqualTo(updatesBefore);
    assertThat(shipment.snapshot().status()).isEqualTo("created");
    verifyNoInteractions(harness.ledger, harness.carrier, harness.labelStorage);
  }

  @Test
  void buyingAnUnknownRateIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();
    long updatesBefore =
        harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);

    assertRefused(
        () -> shipment.buy(new BuyLabel("rate_of_another_shipment", "key-1")), "RATE.NOT_FOUND");

    assertThat(harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED))
        .isEqualTo(updatesBefore);
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    verifyNoInteractions(harness.ledger, harness.labelStorage);
  }

  @Test
  void buyingAnExpiredRateIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();

    harness.env.sleep(ShipmentHarness.QUOTE_VALIDITY.plusMinutes(1));

    assertRefused(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")), "RATE.EXPIRED");
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    verifyNoInteractions(harness.ledger, harness.labelStorage);
  }

  @Test
  void buyingJustBeforeExpiryIsAccepted() {
    ShipmentWorkflow shipment = harness.createAndRate();

    harness.env.sleep(ShipmentHarness.QUOTE_VALIDITY.minusMinutes(1));

    assertThat(shipment.buy(new BuyLabel(GROUND_RATE, "key-1")).status()).isEqualTo("purchased");
  }

  @Test
  void buyingWithoutAnIdempotencyKeyIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();

    assertRefused(() -> shipment.buy(new BuyLabel(GROUND_RATE, " ")), "REQUEST.INVALID");
    verifyNoInteractions(harness.ledger);
  }

  private static void assertRefused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .satisfies(
            failure -> assertThat(TemporalFailures.applicationFailureType(failure)).contains(code));
  }
}
