package com.parceliq.api.ledger;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import java.util.List;
import java.util.Locale;

/** The signed money of a validated adjustment request; wallets hold USD only. */
final class AdjustmentAmounts {

  private AdjustmentAmounts() {}

  static Money of(AdjustmentBody body) {
    if (!Money.USD.equals(body.currency().strip().toUpperCase(Locale.ROOT))) {
      throw new ApiException(
          ErrorCode.WALLET_CURRENCY_UNSUPPORTED,
          "Wallets hold USD only.",
          List.of(new FieldError("currency", "must be USD")));
    }
    Money amount = Money.of(body.amount(), Money.USD);
    if (amount.amount().signum() == 0) {
      throw ApiException.invalidField("amount", "must not be zero");
    }
    return amount;
  }
}
