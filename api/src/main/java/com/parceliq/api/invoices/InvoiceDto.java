package com.parceliq.api.invoices;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A monthly statement of the tenant's funds (wallet plus money held for purchases in flight): the
 * balances around the month, what moved them per ledger kind, and where its files are.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Invoice")
public record InvoiceDto(
    String id,
    String object,
    @Schema(description = "The calendar month in UTC, YYYY-MM", example = "2026-10") String period,
    Instant periodStart,
    Instant periodEnd,
    String currency,
    @Schema(example = "100.00") String openingBalance,
    @Schema(example = "92.50") String closingBalance,
    @Schema(
            description =
                "Per ledger kind, the sum of its changes to the funds (signed decimal strings)")
        Map<String, String> totals,
    int lineCount,
    StatementFile csv,
    StatementFile pdf,
    Instant issuedAt) {

  public static final String OBJECT = "Invoice";

  /** A statement file: where to download it, and its SHA-256 to check the download. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record StatementFile(String url, String sha256) {}
}
