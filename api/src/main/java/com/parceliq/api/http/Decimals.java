package com.parceliq.api.http;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money on the wire: a plain decimal string with two places, never a float. */
public final class Decimals {

  private Decimals() {}

  public static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
