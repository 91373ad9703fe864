package com.parceliq.carrier.ups;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Our units (ounces, inches) in UPS's (pounds "LBS" with one decimal, inches "IN" with two). Always
 * rounded UP: a declared weight or size below the real one is re-billed by UPS with an adjustment
 * fee, one a fraction above costs nothing more (UPS bills whole pounds anyway).
 */
final class UpsUnits {

  private static final BigDecimal OUNCES_PER_POUND = BigDecimal.valueOf(16);

  private UpsUnits() {}

  /** 20.5 oz is 1.28125 lb, sent as "1.3"; never below 0.1. */
  static String pounds(BigDecimal ounces) {
    if (ounces == null || ounces.signum() <= 0) {
      throw new CarrierException(
          UpsCarrierPlugin.CODE,
          CarrierErrorKind.REJECTED,
          "a ups parcel needs a weight above zero",
          List.of(new FieldError("parcel.weight_oz", "must be above 0")));
    }
    BigDecimal pounds = ounces.divide(OUNCES_PER_POUND, 1, RoundingMode.CEILING);
    return pounds.max(new BigDecimal("0.1")).stripTrailingZeros().toPlainString();
  }

  /** 10.001 in is sent as "10.01". */
  static String inches(BigDecimal inches) {
    return inches.setScale(2, RoundingMode.CEILING).stripTrailingZeros().toPlainString();
  }
}
