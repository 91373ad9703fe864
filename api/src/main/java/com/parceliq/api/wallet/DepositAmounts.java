package com.parceliq.api.wallet;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import java.util.List;
import java.util.Locale;

/** The money of a validated deposit request; wallets hold USD only. */
public final class DepositAmounts {

  private DepositAmounts() {}

  public static Money of(DepositBody body) {
    if (!Money.USD.equals(body.currency().strip().toUpperCase(Locale.ROOT))) {
      throw new ApiException(
          ErrorCode.WALLET_CURRENCY_UNSUPPORTED,
          "Wallets hold USD only.",
          List.of(new FieldError("currency", "must be USD")));
    }
    return Money.of(body.amount(), Money.USD);
  }
}
