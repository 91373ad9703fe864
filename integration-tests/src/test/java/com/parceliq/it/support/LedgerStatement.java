package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tenant's statement must say, worked out independently from {@code GET /v1/ledger}: each
 * entry changes the funds by the negated sum of its wallet and wallet_holds postings; entries that
 * change nothing (holds, their releases) are no lines.
 */
public record LedgerStatement(
    List<String> lineIds, Map<String, BigDecimal> totals, BigDecimal sum) {

  private static final List<String> FUNDS = List.of("wallet", "wallet_holds");

  public static LedgerStatement of(Tenant tenant) {
    List<JsonNode> entries = new ArrayList<>();
    tenant
        .get("/v1/ledger?page_size=100")
        .send()
        .expect(200)
        .path("ledger_entries")
        .forEach(entries::add);
    entries.sort(
        Comparator.comparing((JsonNode e) -> e.path("created_at").asText())
            .thenComparing(e -> e.path("id").asText()));
    List<String> lines = new ArrayList<>();
    Map<String, BigDecimal> totals = new TreeMap<>();
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (JsonNode entry : entries) {
      BigDecimal change = BigDecimal.ZERO.setScale(2);
      for (JsonNode posting : entry.path("postings")) {
        if (FUNDS.contains(posting.path("account").asText())) {
          change = change.subtract(new BigDecimal(posting.path("amount").asText()));
        }
      }
      if (change.signum() != 0) {
        lines.add(entry.path("id").asText());
        totals.merge(entry.path("kind").asText(), change, BigDecimal::add);
        sum = sum.add(change);
      }
    }
    return new LedgerStatement(lines, totals, sum);
  }
}
