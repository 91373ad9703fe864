package com.parceliq.domain.reconciliation;

import java.math.BigDecimal;

/**
 * The classification rules, in order: a label the tenant does not have, a voided one, a charge
 * billed twice, and otherwise the difference between billed and expected (docs/reconciliation.md).
 * Only the last kind moves money: the difference is charged to (or credited to) the wallet.
 */
public final class LabelClassifier {

  private LabelClassifier() {}

  public static LabelVerdict classify(BilledLabel label) {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    if (label.shipmentId() == null) {
      return new LabelVerdict(
          Classification.UNKNOWN_TRACKING_CODE,
          null,
          label.billed(),
          zero,
          "no label of this tenant has this tracking code; dispute with the carrier");
    }
    if (label.voided()) {
      return new LabelVerdict(
          Classification.BILLED_BUT_VOIDED,
          zero,
          label.billed(),
          zero,
          "the label was voided; dispute the charge with the carrier");
    }
    if (label.repeats() || (label.hasBase() && label.baseBilledBefore())) {
      BigDecimal duplicated = label.repeats() ? label.repeated() : label.baseBilled();
      return new LabelVerdict(
          Classification.DUPLICATE_CHARGE,
          null,
          duplicated,
          zero,
          label.repeats()
              ? "a charge appears more than once in this invoice; dispute with the carrier"
              : "another invoice already billed this label; dispute with the carrier");
    }
    BigDecimal expected =
        label.hasBase() && label.purchaseCharge() != null ? label.purchaseCharge() : zero;
    BigDecimal difference = label.billed().subtract(expected);
    Classification classification =
        label.hasAdjustment()
            ? Classification.WEIGHT_ADJUSTMENT
            : switch (difference.signum()) {
              case 1 -> Classification.OVERBILLED;
              case -1 -> Classification.UNDERBILLED;
              default -> Classification.MATCHED;
            };
    String note =
        label.hasBase() && label.purchaseCharge() == null
            ? "no carrier charge was recorded at purchase; expected 0.00"
            : null;
    return new LabelVerdict(
        classification, expected.setScale(2), difference.setScale(2), difference.negate(), note);
  }
}
