package com.parceliq.simulator.invoice;

import java.math.BigDecimal;

/**
 * One charge on the carrier invoice; {@code chargeType} is base, fuel, residential or adjustment.
 */
public record InvoiceLine(
    String trackingCode,
    String service,
    int billedWeightOz,
    String chargeType,
    BigDecimal amount) {}
