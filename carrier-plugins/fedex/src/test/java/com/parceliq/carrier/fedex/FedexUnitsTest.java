package com.parceliq.carrier.fedex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ounces to FedEx pounds and inches to FedEx whole inches, always rounded up. */
class FedexUnitsTest {

  @ParameterizedTest(name = "{0} oz is declared as {1} lb")
  @CsvSource({"16, 1.0", "16.01, 1.1", "20.5, 1.3", "1, 0.1", "0, 0.1", "1120, 70.0"})
  void weightIsRoundedUpToATenthOfAPound(String ounces, String pounds) {
    assertThat(FedexJson.pounds(new BigDecimal(ounces))).isEqualTo(new BigDecimal(pounds));
  }

  @ParameterizedTest(name = "{0} in is declared as {1} in")
  @CsvSource({"10, 10", "8.2, 9", "8.01, 9", "0.5, 1", "0, 1"})
  void dimensionIsRoundedUpToAWholeInch(String inches, int declared) {
    assertThat(FedexJson.wholeInches(new BigDecimal(inches))).isEqualTo(declared);
  }
}
