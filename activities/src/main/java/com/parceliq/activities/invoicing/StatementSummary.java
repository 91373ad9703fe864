package com.parceliq.activities.invoicing;

import com.parceliq.domain.invoices.StatementPeriod;
import java.math.BigDecimal;
import java.util.Map;

/** The head of a statement: whose, which month, the balances and the totals per ledger kind. */
record StatementSummary(
    String invoiceId,
    String tenantId,
    String tenantName,
    StatementPeriod period,
    String currency,
    BigDecimal opening,
    BigDecimal closing,
    Map<String, BigDecimal> totals,
    int lines) {}
