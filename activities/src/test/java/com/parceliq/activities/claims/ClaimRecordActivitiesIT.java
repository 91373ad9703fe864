package com.parceliq.activities.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.store.ClaimEntity;
import com.parceliq.store.ClaimEvidenceEntity;
import com.parceliq.store.LedgerTransactionEntity;
import com.parceliq.store.TenantEntity;
import com.parceliq.workflows.claims.ClaimEvidence;
import com.parceliq.workflows.claims.ClaimSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim read model and payout against real PostgreSQL: the partial unique index that keeps one
 * open claim per shipment, and the payout's ledger key that pays once however often it runs.
 */
@QuarkusTest
class ClaimRecordActivitiesIT {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Inject ClaimRecordActivitiesImpl records;

  private String tenantId;
  private final String shipmentId = Ids.newId(IdPrefix.SHIPMENT);

  @BeforeEach
  void newTenant() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "claims test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
  }

  @Test
  void submittingAgainRecordsTheClaimAndItsEvidenceOnce() {
    ClaimSnapshot claim = claim(Ids.newId(IdPrefix.CLAIM), "submitted", null);

    records.recordClaimSubmitted(claim);
    records.recordClaimSubmitted(claim);

    assertThat(
            QuarkusTransaction.requiringNew().call(() -> ClaimEntity.count("id", claim.claimId())))
        .isEqualTo(1);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ClaimEvidenceEntity.ofClaim(tenantId, claim.claimId())))
        .extracting(file -> file.sha256)
        .containsExactly("ab12");
  }

  @Test
  void aSecondOpenClaimOnTheShipmentIsRefusedUntilTheFirstIsClosed() {
    ClaimSnapshot first = claim(Ids.newId(IdPrefix.CLAIM), "submitted", null);
    records.recordClaimSubmitted(first);

    ApplicationFailure refused =
        catchThrowableOfType(
            ApplicationFailure.class,
            () ->
                records.recordClaimSubmitted(claim(Ids.newId(IdPrefix.CLAIM), "submitted", null)));
    records.recordClaimState(claim(first.claimId(), "denied", null));
    ClaimSnapshot afterDenial = claim(Ids.newId(IdPrefix.CLAIM), "submitted", null);
    records.recordClaimSubmitted(afterDenial);

    assertThat(refused.getType()).isEqualTo(ErrorCode.CLAIM_INVALID_STATE.code());
    assertThat(refused.isNonRetryable()).isTrue();
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ClaimEntity.findForTenant(tenantId, afterDenial.claimId())))
        .isPresent();
  }

  @Test
  void payingTwicePostsOneClaimPayoutAndMarksTheClaimPaid() {
    String claimId = Ids.newId(IdPrefix.CLAIM);
    records.recordClaimSubmitted(claim(claimId, "submitted", null));
    ClaimSnapshot approved = claim(claimId, "approved", Money.usd("25.00"));
    records.recordClaimState(approved);

    String first = records.payClaim(approved);
    String second = records.payClaim(approved);

    assertThat(second).isEqualTo(first);
    List<LedgerTransactionEntity> payouts =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    LedgerTransactionEntity.<LedgerTransactionEntity>list(
                        "tenantId = ?1 and kind = 'claim_payout'", tenantId));
    assertThat(payouts).hasSize(1);
    assertThat(payouts.getFirst().amount).isEqualByComparingTo("25.00");
    assertThat(payouts.getFirst().idempotencyKey).isEqualTo("claim:" + claimId + ":payout");
    ClaimEntity row =
        QuarkusTransaction.requiringNew()
            .call(() -> ClaimEntity.findForTenant(tenantId, claimId).orElseThrow());
    assertThat(row.status).isEqualTo("paid");
    assertThat(row.ledgerEntryId).isEqualTo(first);
    assertThat(row.approvedAmount).isEqualByComparingTo("25.00");
  }

  private ClaimSnapshot claim(String claimId, String status, Money approved) {
    return new ClaimSnapshot(
        tenantId,
        claimId,
        shipmentId,
        "damaged",
        Money.usd("40.00"),
        "crushed",
        status,
        "sandbox",
        null,
        approved,
        approved == null ? null : "operator",
        null,
        NOW.plus(Duration.ofDays(30)),
        false,
        null,
        List.of(
            new ClaimEvidence(
                0, "box.jpg", "image/jpeg", 3, "ab12", "parceliq-claims", "claims/t/c/0-box.jpg")),
        NOW,
        NOW);
  }
}
