package com.parceliq.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.Test;

class AdjustmentAmountsTest {

  @Test
  void signedUsdAmountsAreExactMoney() {
    assertThat(AdjustmentAmounts.of(body("-12.5", "usd"))).isEqualTo(Money.usd("-12.50"));
    assertThat(AdjustmentAmounts.of(body("3", "USD"))).isEqualTo(Money.usd("3.00"));
  }

  @Test
  void zeroIsRefusedOnTheAmountField() {
    assertThatThrownBy(() -> AdjustmentAmounts.of(body("-0.00", "USD")))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> {
              assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
              assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("amount");
            });
  }

  @Test
  void otherCurrenciesAreUnsupported() {
    assertThatThrownBy(() -> AdjustmentAmounts.of(body("10.00", "EUR")))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("WALLET.CURRENCY_UNSUPPORTED"));
  }

  @Test
  void theSameKeyNamesTheSameAdjustmentOnlyForTheSameTenant() {
    assertThat(AdjustmentIds.forRequest("ten_a", "k1"))
        .isEqualTo(AdjustmentIds.forRequest("ten_a", "k1"))
        .isNotEqualTo(AdjustmentIds.forRequest("ten_b", "k1"));
    assertThat(AdjustmentIds.forRequest("ten_a", null))
        .isNotEqualTo(AdjustmentIds.forRequest("ten_a", null));
  }

  private static AdjustmentBody body(String amount, String currency) {
    return new AdjustmentBody("ten_a", amount, currency, "goodwill");
  }
}
