package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.LedgerAdjustments;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A platform operator corrects a tenant's wallet by hand: credits and debits move it to the cent,
 * show in the tenant's ledger, are refused to tenants and to bad input, and post once per key. (The
 * audit record each adjustment writes is not read here: no audit endpoint exists yet and the ITs
 * stay black-box over HTTP.)
 */
class LedgerAdjustmentIT {

  @Test
  void creditAndDebitChangeTheWalletToTheCentAndShowInTheLedger() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("10.00");

    JsonNode credit =
        LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "5.25", "goodwill for a late parcel"),
                Unique.key("adjust"))
            .expect(201);
    JsonNode debit =
        LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "-3.10", "duplicate deposit reversed"),
                Unique.key("adjust"))
            .expect(201);

    assertThat(credit.path("object").asText()).isEqualTo("LedgerEntry");
    assertThat(credit.path("kind").asText()).isEqualTo("adjustment");
    assertThat(credit.path("amount").asText()).isEqualTo("5.25");
    assertThat(credit.path("description").asText()).contains("goodwill for a late parcel");
    assertThat(debit.path("amount").asText()).isEqualTo("-3.10");
    assertThat(postingsOf(debit)).containsExactlyInAnyOrder("adjustments=-3.10", "wallet=3.10");
    assertThat(tenant.balance()).isEqualByComparingTo("12.15");

    List<String> ledgerIds = new ArrayList<>();
    tenant
        .get("/v1/ledger?page_size=100")
        .send()
        .expect(200)
        .path("ledger_entries")
        .forEach(entry -> ledgerIds.add(entry.path("id").asText()));
    assertThat(ledgerIds).contains(credit.path("id").asText(), debit.path("id").asText());
  }

  @Test
  void debitBeyondTheAvailableBalanceIsRefusedWithoutMovingMoney() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("1.00");

    ApiResponse refused =
        LedgerAdjustments.post(
            LedgerAdjustments.body(tenant.id(), "-1.01", "chargeback"), Unique.key("adjust"));

    assertError(refused, 402, "WALLET.INSUFFICIENT_FUNDS");
    assertThat(tenant.balance()).isEqualByComparingTo("1.00");
  }

  @Test
  void aTenantKeyMayNotAdjust() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse refused =
        tenant
            .post("/v1/ledger/adjustments")
            .idempotencyKey(Unique.key("adjust"))
            .json(LedgerAdjustments.body(tenant.id(), "100.00", "free money"))
            .send();

    assertError(refused, 403, "AUTH.FORBIDDEN");
    assertThat(tenant.balance()).isEqualByComparingTo("0.00");
  }

  @Test
  void missingReasonAndZeroAmountAreValidationErrors() {
    Tenant tenant = TestStack.newTenant();

    JsonNode noReason =
        assertError(
            LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "5.00", null), Unique.key("adjust")),
            422,
            "REQUEST.INVALID");
    JsonNode blankReason =
        assertError(
            LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "5.00", "  "), Unique.key("adjust")),
            422,
            "REQUEST.INVALID");
    JsonNode zero =
        assertError(
            LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "0.00", "nothing"), Unique.key("adjust")),
            422,
            "REQUEST.INVALID");
    JsonNode threeDecimals =
        assertError(
            LedgerAdjustments.post(
                LedgerAdjustments.body(tenant.id(), "1.005", "rounding"), Unique.key("adjust")),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(noReason)).contains("reason");
    assertThat(fieldsOf(blankReason)).contains("reason");
    assertThat(fieldsOf(zero)).containsExactly("amount");
    assertThat(fieldsOf(threeDecimals)).contains("amount");
    assertThat(tenant.balance()).isEqualByComparingTo("0.00");
  }

  @Test
  void anUnknownTenantIsNotFound() {
    ApiResponse response =
        LedgerAdjustments.post(
            LedgerAdjustments.body("ten_01J00000000000000000NONE", "5.00", "typo"),
            Unique.key("adjust"));

    assertError(response, 404, "RESOURCE.NOT_FOUND");
  }

  @Test
  void theSameIdempotencyKeyReplaysTheFirstAdjustment() {
    Tenant tenant = TestStack.newTenant();
    String key = Unique.key("adjust");
    JsonNode body = LedgerAdjustments.body(tenant.id(), "7.77", "promotional credit");

    ApiResponse first = LedgerAdjustments.post(body, key);
    ApiResponse again = LedgerAdjustments.post(body, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(tenant.balance()).isEqualByComparingTo(new BigDecimal("7.77"));
  }

  private static List<String> postingsOf(JsonNode entry) {
    List<String> postings = new ArrayList<>();
    entry
        .path("postings")
        .forEach(
            posting ->
                postings.add(
                    posting.path("account").asText() + "=" + posting.path("amount").asText()));
    return postings;
  }
}
