package com.parceliq.domain.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One charge line of a carrier invoice, whatever the file's format: weights in whole ounces
 * (rounded up, as carriers bill), amounts with two decimals (negative for a credit).
 */
public record InvoiceLine(
    String invoiceNumber,
    LocalDate invoiceDate,
    String trackingCode,
    String service,
    Integer billedWeightOz,
    ChargeType chargeType,
    BigDecimal amount,
    String currency) {}
