package com.parceliq.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger check on forged ledgers: clean money passes, each kind of wrong money is caught. */
class LedgerInvariantTest {

  private static final BigDecimal DEPOSITED = new BigDecimal("100.00");

  @Test
  void depositChargeAndRefundThatAddUpAreClean() {
    List<JsonNode> entries =
        List.of(
            deposit("led_1", "100.00"),
            entry("led_2", "label_purchase", "shp_1", "7.50"),
            entry("led_3", "label_refund", "shp_1", "-7.50"));

    assertThat(check(entries, wallet("100.00", "0.00"), Map.of("shp_1", shipment("voided"))))
        .isEmpty();
  }

  @Test
  void entryWhosePostingsDoNotSumToZeroIsUnbalanced() {
    ObjectNode unbalanced = deposit("led_1", "100.00");
    ((ObjectNode) unbalanced.path("postings").get(1)).put("amount", "99.99");

    assertThat(check(List.of(unbalanced), wallet("100.00", "0.00"), Map.of()))
        .extracting(Violation::detail)
        .anyMatch(detail -> detail.contains("postings sum to"));
  }

  @Test
  void walletOffByOneCentFromTheLedgerIsAViolation() {
    assertThat(check(List.of(deposit("led_1", "100.00")), wallet("99.99", "0.00"), Map.of()))
        .extracting(Violation::detail)
        .anyMatch(detail -> detail.startsWith("wallet balance+held 99.99"));
  }

  @Test
  void shipmentChargedTwiceIsAViolation() {
    List<JsonNode> entries =
        List.of(
            deposit("led_1", "100.00"),
            entry("led_2", "label_purchase", "shp_1", "7.50"),
            entry("led_3", "label_purchase", "shp_1", "7.50"));

    assertThat(check(entries, wallet("85.00", "0.00"), Map.of("shp_1", shipment("purchased"))))
        .containsExactly(new Violation("ledger", "shp_1", "charged 2 times"));
  }

  @Test
  void labelledShipmentWithoutAChargeIsAViolation() {
    assertThat(
            check(
                List.of(deposit("led_1", "100.00")),
                wallet("100.00", "0.00"),
                Map.of("shp_1", shipment("purchased"))))
        .containsExactly(new Violation("ledger", "shp_1", "holds a label but was never charged"));
  }

  @Test
  void depositTheClientNeverMadeIsAViolation() {
    List<JsonNode> entries = List.of(deposit("led_1", "100.00"), deposit("led_2", "100.00"));

    assertThat(check(entries, wallet("200.00", "0.00"), Map.of()))
        .extracting(Violation::detail)
        .containsExactly("ledger deposits 200.00 but client deposited 100.00");
  }

  private static List<Violation> check(
      List<JsonNode> entries, JsonNode wallet, Map<String, JsonNode> shipments) {
    return LedgerInvariant.check("ten_1", entries, wallet, DEPOSITED, shipments);
  }

  /** A deposit credits the wallet (a negative posting) against the platform's cash. */
  private static ObjectNode deposit(String id, String amount) {
    ObjectNode entry = Json.object().put("id", id).put("kind", "deposit");
    entry.putArray("postings").add(posting("cash", amount)).add(posting("wallet", "-" + amount));
    return entry;
  }

  /** An entry that takes {@code amount} out of the wallet (negative: puts it back). */
  private static JsonNode entry(String id, String kind, String shipmentId, String amount) {
    BigDecimal out = new BigDecimal(amount);
    ObjectNode entry = Json.object().put("id", id).put("kind", kind).put("shipment_id", shipmentId);
    entry
        .putArray("postings")
        .add(posting("wallet", out.toPlainString()))
        .add(posting("revenue", out.negate().toPlainString()));
    return entry;
  }

  private static ObjectNode posting(String account, String amount) {
    return Json.object().put("account", account).put("amount", amount);
  }

  private static JsonNode wallet(String balance, String held) {
    return Json.object().put("balance", balance).put("held", held);
  }

  private static JsonNode shipment(String status) {
    return Json.object().put("status", status);
  }
}
