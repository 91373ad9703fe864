package com.parceliq.workflows.claims;

import static com.parceliq.workflows.claims.ClaimHarness.CARRIER_CLAIM;
import static com.parceliq.workflows.claims.ClaimHarness.CLAIM;
import static com.parceliq.workflows.claims.ClaimHarness.DEADLINE;
import static com.parceliq.workflows.claims.ClaimHarness.decide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.CarrierClaimAnswer;
import com.parceliq.workflows.ports.DomainEvent;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class ClaimWorkflowTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ClaimHarness harness;
  private TestWorkflowEnvironment env;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    this.env = env;
    harness = new ClaimHarness(env);
  }

  @Test
  void operatorApprovalPaysOnceAndAnnouncesEveryStatus() {
    ClaimWorkflow claim = harness.submit();
    env.sleep(Duration.ofHours(1));

    ClaimSnapshot paid =
        decide(claim, new ClaimDecision("approve", Money.usd("30.00"), "photos clear", "op"));

    assertThat(paid.status()).isEqualTo("paid");
    assertThat(paid.approvedAmount()).isEqualTo(Money.usd("30.00"));
    assertThat(paid.decidedBy()).isEqualTo("operator");
    assertThat(paid.ledgerEntryId()).isEqualTo("led_01JTESTPAYOUT");
    assertThat(paid.carrierClaimId()).isEqualTo(CARRIER_CLAIM);
    assertThat(harness.untyped().getResult(ClaimSnapshot.class).status()).isEqualTo("paid");
    ArgumentCaptor<ClaimSnapshot> payout = ArgumentCaptor.forClass(ClaimSnapshot.class);
    verify(harness.records, times(1)).payClaim(payout.capture());
    assertThat(payout.getValue().approvedAmount()).isEqualTo(Money.usd("30.00"));
    assertThat(factKeys())
        .containsExactly(key("submitted"), key("filed"), key("approved"), key("paid"));
  }

  @Test
  void carrierApprovalIsFoundByPollingAndPaidAtMostTheClaim() {
    when(harness.carrier.checkClaimWithCarrier(any(), any()))
        .thenReturn(ClaimHarness.pending())
        .thenReturn(
            new CarrierClaimAnswer(
                CARRIER_CLAIM, CarrierClaimAnswer.APPROVED, Money.usd("25.00"), "approved"));
    harness.submit();

    ClaimSnapshot result = harness.untyped().getResult(ClaimSnapshot.class);

    assertThat(result.status()).isEqualTo("paid");
    assertThat(result.decidedBy()).isEqualTo("carrier");
    assertThat(result.approvedAmount()).isEqualTo(Money.usd("25.00"));
    verify(harness.carrier, times(2)).checkClaimWithCarrier(any(), any());
    verify(harness.records, times(1)).payClaim(any());
    assertThat(factKeys())
        .containsExactly(key("submitted"), key("filed"), key("approved"), key("paid"));
  }

  @Test
  void carrierDenialIsFinalAndPaysNothing() {
    when(harness.carrier.checkClaimWithCarrier(any(), any()))
        .thenReturn(
            new CarrierClaimAnswer(CARRIER_CLAIM, CarrierClaimAnswer.DENIED, null, "not insured"));
    harness.submit();

    ClaimSnapshot result = harness.untyped().getResult(ClaimSnapshot.class);

    assertThat(result.status()).isEqualTo("denied");
    assertThat(result.decisionReason()).isEqualTo("not insured");
    assertThat(result.approvedAmount()).isNull();
    verify(harness.records, never()).payClaim(any());
    assertThat(factKeys()).containsExactly(key("submitted"), key("filed"), key("denied"));
  }

  @Test
  void pastTheDeadlineTheClaimAsksForAnOperatorWhoThenDecides() {
    ClaimWorkflow claim = harness.submit();

    env.sleep(DEADLINE.plus(Duration.ofHours(1)));

    assertThat(claim.snapshot().needsAttention()).isTrue();
    assertThat(claim.snapshot().status()).isEqualTo("filed");
    assertThat(needsAttentionAttribute()).isTrue();
    ArgumentCaptor<ClaimSnapshot> rows = ArgumentCaptor.forClass(ClaimSnapshot.class);
    verify(harness.records, atLeastOnce()).recordClaimState(rows.capture());
    assertThat(rows.getAllValues()).anyMatch(ClaimSnapshot::needsAttention);
    // Polling goes on past the deadline: the carrier may still answer first.
    verify(harness.carrier, atLeastOnce()).checkClaimWithCarrier(any(), any());

    ClaimSnapshot denied = decide(claim, new ClaimDecision("deny", null, "no proof", "op"));

    assertThat(denied.status()).isEqualTo("denied");
    assertThat(denied.needsAttention()).isFalse();
    assertThat(denied.decidedBy()).isEqualTo("operator");
    assertThat(needsAttentionAttribute()).isFalse();
  }

  @Test
  void claimOfACarrierWithoutClaimsWaitsForAnOperatorWithoutPolling() {
    when(harness.carrier.fileClaimWithCarrier(any())).thenReturn(CarrierClaimAnswer.manual());
    ClaimWorkflow claim = harness.submit();

    env.sleep(DEADLINE.plus(Duration.ofDays(3)));

    assertThat(claim.snapshot().carrierClaimId()).isNull();
    assertThat(claim.snapshot().needsAttention()).isTrue();
    verify(harness.carrier, never()).checkClaimWithCarrier(any(), any());
    assertThat(decide(claim, new ClaimDecision("approve", null, "ok", "op")).status())
        .isEqualTo("paid");
  }

  @Test
  void secondDecisionAndAnAmountAboveTheClaimAreRefused() {
    // The payout takes a moment, so the second decision arrives while the first is being applied.
    when(harness.records.payClaim(any()))
        .thenAnswer(
            call -> {
              Thread.sleep(1_500);
              return "led_01JTESTPAYOUT";
            });
    ClaimWorkflow claim = harness.submit();

    Throwable tooMuch =
        catchThrowable(
            () -> decide(claim, new ClaimDecision("approve", Money.usd("40.01"), "x", "op")));
    WorkflowUpdateHandle<ClaimSnapshot> first =
        WorkflowClient.startUpdate(
            claim::decide,
            new ClaimDecision("approve", null, "fine", "op"),
            UpdateOptions.<ClaimSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build());
    Throwable second =
        catchThrowable(() -> decide(claim, new ClaimDecision("deny", null, "changed", "op")));

    assertThat(refusalCode(tooMuch)).isEqualTo(ErrorCode.CLAIM_INVALID_STATE.code());
    assertThat(refusalCode(second)).isEqualTo(ErrorCode.CLAIM_INVALID_STATE.code());
    assertThat(first.getResult().approvedAmount()).isEqualTo(ClaimHarness.CLAIMED);
    assertThat(first.getResult().status()).isEqualTo("paid");
    verify(harness.records, times(1)).payClaim(any());
  }

  @Test
  void secondOpenClaimOnTheShipmentIsRefusedAtSubmission() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "open claim exists", ErrorCode.CLAIM_INVALID_STATE.code()))
        .when(harness.records)
        .recordClaimSubmitted(any());

    Throwable refused = catchThrowable(harness::submit);

    assertThat(refusalCode(refused)).isEqualTo(ErrorCode.CLAIM_INVALID_STATE.code());
    verify(harness.carrier, never()).fileClaimWithCarrier(any());
  }

  @Test
  void refusedFilingAsksForAnOperatorAtOnce() {
    when(harness.carrier.fileClaimWithCarrier(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "no such label", ErrorCode.CARRIER_REJECTED.code()));
    ClaimWorkflow claim = harness.submit();

    env.sleep(Duration.ofMinutes(1));

    assertThat(claim.snapshot().status()).isEqualTo("filed");
    assertThat(claim.snapshot().needsAttention()).isTrue();
    assertThat(claim.snapshot().carrierClaimId()).isNull();
  }

  private List<String> factKeys() {
    ArgumentCaptor<DomainEvent> emitted = ArgumentCaptor.forClass(DomainEvent.class);
    verify(harness.events, atLeastOnce()).emit(emitted.capture());
    assertThat(emitted.getAllValues()).allMatch(event -> event.type().equals("claim.updated"));
    return emitted.getAllValues().stream().map(DomainEvent::factKey).toList();
  }

  private static String key(String status) {
    return "claim:" + CLAIM + ":" + status;
  }

  private boolean needsAttentionAttribute() {
    return harness
        .untyped()
        .describe()
        .getTypedSearchAttributes()
        .get(SearchAttributes.NEEDS_ATTENTION);
  }

  private static String refusalCode(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApplicationFailure application) {
        return application.getType();
      }
    }
    throw new AssertionError("no application failure in " + failure, failure);
  }
}
