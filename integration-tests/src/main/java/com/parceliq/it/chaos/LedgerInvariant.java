package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's money, from {@code GET /v1/ledger} and {@code GET /v1/wallet} only (the API hides
 * nothing this needs): every entry's postings sum to zero; the deposits in the ledger are the ones
 * the client made; the funds (balance + held) equal deposits − charges + refunds − fees to the
 * cent, where an entry's effect on the funds is the negated sum of its wallet and wallet_holds
 * postings; no shipment is charged or refunded twice, and a labelled shipment is charged once.
 */
public final class LedgerInvariant {

  static final String NAME = "ledger";

  private static final Set<String> FUNDS = Set.of("wallet", "wallet_holds");

  /** Kinds the workload can cause; any other kind is money moving for a reason nobody asked. */
  private static final Set<String> KNOWN =
      Set.of("deposit", "hold", "hold_release", "label_purchase", "label_refund", "reroute_fee");

  private LedgerInvariant() {}

  public static List<Violation> check(
      String tenantId,
      List<JsonNode> entries,
      JsonNode wallet,
      BigDecimal clientDeposits,
      Map<String, JsonNode> shipments) {
    List<Violation> violations = new ArrayList<>();
    Map<String, BigDecimal> byKind = new HashMap<>();
    Map<String, Integer> charges = new HashMap<>();
    Map<String, Integer> refunds = new HashMap<>();
    for (JsonNode entry : entries) {
      String kind = entry.path("kind").asText();
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal funds = BigDecimal.ZERO;
      for (JsonNode posting : entry.path("postings")) {
        BigDecimal amount = new BigDecimal(posting.path("amount").asText());
        sum = sum.add(amount);
        if (FUNDS.contains(posting.path("account").asText())) {
          funds = funds.subtract(amount);
        }
      }
      if (sum.signum() != 0) {
        violations.add(
            new Violation(NAME, entry.path("id").asText(), "postings sum to " + sum + ", not 0"));
      }
      if (!KNOWN.contains(kind)) {
        violations.add(new Violation(NAME, entry.path("id").asText(), "unexpected kind " + kind));
      }
      byKind.merge(kind, funds, BigDecimal::add);
      String shipmentId = entry.path("shipment_id").asText("");
      if (kind.equals("label_purchase")) {
        charges.merge(shipmentId, 1, Integer::sum);
      } else if (kind.equals("label_refund")) {
        refunds.merge(shipmentId, 1, Integer::sum);
      }
    }
    BigDecimal deposits = byKind.getOrDefault("deposit", BigDecimal.ZERO);
    if (deposits.compareTo(clientDeposits) != 0) {
      violations.add(
          new Violation(
              NAME,
              tenantId,
              "ledger deposits " + deposits + " but client deposited " + clientDeposits));
    }
    BigDecimal expected = byKind.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal actual =
        new BigDecimal(wallet.path("balance").asText("0"))
            .add(new BigDecimal(wallet.path("held").asText("0")));
    if (actual.compareTo(expected) != 0) {
      violations.add(
          new Violation(
              NAME,
              tenantId,
              "wallet balance+held "
                  + actual
                  + " but deposits − charges + refunds − fees = "
                  + expected
                  + " "
                  + byKind));
    }
    charges.forEach((id, count) -> once(violations, id, "charged", count));
    refunds.forEach((id, count) -> once(violations, id, "refunded", count));
    refunds.keySet().stream()
        .filter(id -> !charges.containsKey(id))
        .forEach(id -> violations.add(new Violation(NAME, id, "refunded but never charged")));
    shipments.forEach(
        (id, shipment) -> {
          boolean labelled = ShipmentInvariant.LABELLED.contains(shipment.path("status").asText());
          if (labelled && !charges.containsKey(id)) {
            violations.add(new Violation(NAME, id, "holds a label but was never charged"));
          }
          if (!labelled && charges.containsKey(id) && !refunds.containsKey(id)) {
            violations.add(
                new Violation(
                    NAME,
                    id,
                    "charged without a label: status " + shipment.path("status").asText()));
          }
        });
    return violations;
  }

  private static void once(List<Violation> violations, String shipmentId, String what, int count) {
    if (count > 1) {
      violations.add(new Violation(NAME, shipmentId, what + " " + count + " times"));
    }
  }
}
