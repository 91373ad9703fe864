package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_PRICE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class ShipmentVoidTest {

  private static final String VOID_KEYS = TENANT + ":" + SHIPMENT + ":void:void-1";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void voidRefundsAtOnce() {
    ShipmentWorkflow shipment = purchased();

    ShipmentSnapshot voided = shipment.voidLabel(new VoidLabel("void-1"));

    assertThat(voided.status()).isEqualTo("voided");
    assertThat(voided.refundStatus()).isEqualTo("refunded");
    ArgumentCaptor<LabelVoid> asked = ArgumentCaptor.forClass(LabelVoid.class);
    verify(harness.carrier).voidLabel(asked.capture());
    assertThat(asked.getValue().idempotencyKey()).isEqualTo(VOID_KEYS + ":carrier");
    assertThat(asked.getValue().trackingCode()).isEqualTo(TRACKING_CODE);
    assertThat(asked.getValue().carrierShipmentId()).isEqualTo("sbx_shp_000123");
    ArgumentCaptor<WalletPosting> credit = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger).refundLabel(credit.capture());
    assertThat(credit.getValue().idempotencyKey()).isEqualTo(VOID_KEYS + ":refund");
    assertThat(credit.getValue().amount()).isEqualTo(GROUND_PRICE);
    verify(harness.records).recordRefundStatus(TENANT, SHIPMENT, "voided", "refunded");
    // Voided is final: the workflow ends once the refund is in.
    harness.untyped().getResult(Void.class);
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("voided");
  }

  @Test
  void voidWithDelayedRefundCreditsOnceAfterTheCarrierConfirms() {
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.SUBMITTED, "refund pending"));
    when(harness.carrier.refundStatus(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.SUBMITTED, "refund pending"))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.SUBMITTED, "refund pending"))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REFUNDED, "refund confirmed"));
    ShipmentWorkflow shipment = purchased();

    ShipmentSnapshot submitted = shipment.voidLabel(new VoidLabel("void-1"));

    assertThat(submitted.status()).isEqualTo("voided");
    assertThat(submitted.refundStatus()).isEqualTo("submitted");
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.records).recordRefundStatus(TENANT, SHIPMENT, "voided", "submitted");

    // Waiting for the result skips time through the durable timers between checks.
    harness.untyped().getResult(Void.class);

    verify(harness.carrier, times(3)).refundStatus(any());
    verify(harness.carrier, times(1)).voidLabel(any());
    ArgumentCaptor<WalletPosting> credit = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger, times(1)).refundLabel(credit.capture());
    assertThat(credit.getValue().idempotencyKey()).isEqualTo(VOID_KEYS + ":refund");
    verify(harness.records).recordRefundStatus(TENANT, SHIPMENT, "voided", "refunded");
    assertThat(shipment.snapshot().refundStatus()).isEqualTo("refunded");
  }

  @Test
  void voidRejectedByTheCarrierGivesNoCredit() {
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
    ShipmentWorkflow shipment = purchased();

    ShipmentSnapshot rejected = shipment.voidLabel(new VoidLabel("void-1"));

    assertThat(rejected.status()).isEqualTo("purchased");
    assertThat(rejected.refundStatus()).isEqualTo("rejected");
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.records).recordRefundStatus(TENANT, SHIPMENT, "purchased", "rejected");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("purchased");
  }

  @Test
  void voidBeforePurchaseIsRefused() {
    ShipmentWorkflow shipment = harness.createAndRate();

    assertThatThrownBy(() -> shipment.voidLabel(new VoidLabel("void-1")))
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailure(failure, type -> true))
                    .hasValueSatisfying(
                        refusal -> {
                          assertThat(refusal.getType()).isEqualTo("SHIPMENT.INVALID_STATE");
                          assertThat(refusal.getOriginalMessage())
                              .contains("only purchased shipments can be voided");
                        }));
    verify(harness.carrier, never()).voidLabel(any());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
  }

  @Test
  void repeatedVoidChangesNothing() {
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
    ShipmentWorkflow shipment = purchased();
    ShipmentSnapshot first = shipment.voidLabel(new VoidLabel("void-1"));

    ShipmentSnapshot sameKey = shipment.voidLabel(new VoidLabel("void-1"));
    ShipmentSnapshot otherKey = shipment.voidLabel(new VoidLabel("void-2"));

    assertThat(sameKey).isEqualTo(first);
    assertThat(otherKey).isEqualTo(first);
    verify(harness.carrier, times(1)).voidLabel(any());
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.records, times(1)).recordRefundStatus(any(), any(), any(), any());
  }

  private ShipmentWorkflow purchased() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    return shipment;
  }
}
