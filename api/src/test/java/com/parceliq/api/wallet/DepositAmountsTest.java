package com.parceliq.api.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.Money;
import org.junit.jupiter.api.Test;

class DepositAmountsTest {

  @Test
  void usdDepositIsExactMoney() {
    assertThat(DepositAmounts.of(new DepositBody("100", "usd"))).isEqualTo(Money.usd("100.00"));
    assertThat(DepositAmounts.of(new DepositBody("12.5", "USD")).toDecimalString())
        .isEqualTo("12.50");
  }

  @Test
  void otherCurrenciesAreUnsupported() {
    assertThatThrownBy(() -> DepositAmounts.of(new DepositBody("10.00", "EUR")))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> {
              assertThat(refusal.code().code()).isEqualTo("WALLET.CURRENCY_UNSUPPORTED");
              assertThat(refusal.errors())
                  .extracting(FieldError::field)
                  .containsExactly("currency");
            });
  }
}
