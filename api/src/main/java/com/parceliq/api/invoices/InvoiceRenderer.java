package com.parceliq.api.invoices;

import com.fasterxml.jackson.core.type.TypeReference;
import com.parceliq.api.http.Decimals;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.TenantInvoiceEntity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A statement row as the API shows it; amounts stay exact decimal strings throughout. */
final class InvoiceRenderer {

  private InvoiceRenderer() {}

  static InvoiceDto render(TenantInvoiceEntity row) {
    Map<String, String> stored =
        JsonColumns.read(row.totalsJson, new TypeReference<TreeMap<String, String>>() {});
    Map<String, String> totals = new LinkedHashMap<>();
    stored.forEach((kind, amount) -> totals.put(kind, Decimals.money(new BigDecimal(amount))));
    String base = "/v1/invoices/" + row.id;
    return new InvoiceDto(
        row.id,
        InvoiceDto.OBJECT,
        row.period,
        row.periodStart,
        row.periodEnd,
        row.currency,
        Decimals.money(row.openingBalance),
        Decimals.money(row.closingBalance),
        totals,
        row.lineCount,
        new InvoiceDto.StatementFile(base + "/csv", row.csvSha256),
        new InvoiceDto.StatementFile(base + "/pdf", row.pdfSha256),
        row.issuedAt);
  }
}
