package com.parceliq.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LabelClassifierTest {

  private static final BigDecimal ZERO = new BigDecimal("0.00");

  @Test
  void aLabelTheTenantDoesNotHaveIsUnknownAndPostsNothing() {
    LabelVerdict verdict = LabelClassifier.classify(billed(null, false, "7.25", true, false));

    assertThat(verdict.classification()).isEqualTo(Classification.UNKNOWN_TRACKING_CODE);
    assertThat(verdict.posts()).isFalse();
  }

  @Test
  void aVoidedLabelIsDisputedNotPosted() {
    LabelVerdict verdict = LabelClassifier.classify(billed("shp_1", true, "7.25", true, false));

    assertThat(verdict.classification()).isEqualTo(Classification.BILLED_BUT_VOIDED);
    assertThat(verdict.difference()).isEqualByComparingTo("7.25");
    assertThat(verdict.posts()).isFalse();
  }

  @Test
  void aRepeatedChargeIsADuplicateOfTheRepeatedAmount() {
    LabelVerdict verdict =
        LabelClassifier.classify(
            new BilledLabel(
                "shp_1",
                false,
                new BigDecimal("14.50"),
                true,
                false,
                new BigDecimal("7.25"),
                true,
                new BigDecimal("14.50"),
                false,
                new BigDecimal("7.25")));

    assertThat(verdict.classification()).isEqualTo(Classification.DUPLICATE_CHARGE);
    assertThat(verdict.difference()).isEqualByComparingTo("7.25");
    assertThat(verdict.posts()).isFalse();
  }

  @Test
  void aBillAboveThePurchaseChargeIsOverbilledAndChargesTheWallet() {
    LabelVerdict verdict = LabelClassifier.classify(billed("shp_1", false, "8.25", true, false));

    assertThat(verdict.classification()).isEqualTo(Classification.OVERBILLED);
    assertThat(verdict.difference()).isEqualByComparingTo("1.00");
    assertThat(verdict.adjustment()).isEqualByComparingTo("-1.00");
  }

  @Test
  void aBillBelowThePurchaseChargeIsUnderbilledAndCreditsTheWallet() {
    LabelVerdict verdict = LabelClassifier.classify(billed("shp_1", false, "6.00", true, false));

    assertThat(verdict.classification()).isEqualTo(Classification.UNDERBILLED);
    assertThat(verdict.adjustment()).isEqualByComparingTo("1.25");
  }

  @Test
  void anExactBillMatchesAndPostsNothing() {
    LabelVerdict verdict = LabelClassifier.classify(billed("shp_1", false, "7.25", true, false));

    assertThat(verdict.classification()).isEqualTo(Classification.MATCHED);
    assertThat(verdict.posts()).isFalse();
  }

  @Test
  void anAdjustmentOnlyInvoiceExpectsNothingAndChargesTheWholeAdjustment() {
    LabelVerdict verdict = LabelClassifier.classify(billed("shp_1", false, "2.00", false, true));

    assertThat(verdict.classification()).isEqualTo(Classification.WEIGHT_ADJUSTMENT);
    assertThat(verdict.expected()).isEqualByComparingTo(ZERO);
    assertThat(verdict.adjustment()).isEqualByComparingTo("-2.00");
  }

  private static BilledLabel billed(
      String shipmentId, boolean voided, String billed, boolean base, boolean adjustment) {
    return new BilledLabel(
        shipmentId,
        voided,
        new BigDecimal(billed),
        base,
        adjustment,
        ZERO,
        false,
        base ? new BigDecimal(billed) : ZERO,
        false,
        new BigDecimal("7.25"));
  }
}
