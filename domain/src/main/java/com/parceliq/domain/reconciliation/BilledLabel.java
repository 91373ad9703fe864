package com.parceliq.domain.reconciliation;

import java.math.BigDecimal;

/**
 * What is known of one tracking code's lines in an invoice, and of the label behind it: the facts
 * the classification is decided from.
 *
 * @param shipmentId the tenant's shipment with that tracking code, null when there is none
 * @param voided the shipment was voided or its refund submitted
 * @param billed the sum of its lines
 * @param hasBase a line charges the base rate
 * @param hasAdjustment a line is a weight or dimension adjustment
 * @param repeated the amount of lines repeating a non-adjustment charge type (0 when none)
 * @param repeats some non-adjustment charge type occurs more than once
 * @param baseBilled the sum of its base lines
 * @param baseBilledBefore another invoice billed this label's base before this one
 * @param purchaseCharge the carrier charge recorded at purchase, null when none was recorded
 */
public record BilledLabel(
    String shipmentId,
    boolean voided,
    BigDecimal billed,
    boolean hasBase,
    boolean hasAdjustment,
    BigDecimal repeated,
    boolean repeats,
    BigDecimal baseBilled,
    boolean baseBilledBefore,
    BigDecimal purchaseCharge) {}
