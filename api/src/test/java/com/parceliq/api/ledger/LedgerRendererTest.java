package com.parceliq.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRendererTest {

  @Test
  void eachEntryShowsItsOwnBalancedPostingsAsDecimalStrings() {
    LedgerTransactionEntity deposit = entry("led_1", "deposit", null, "100.00");
    LedgerTransactionEntity purchase = entry("led_2", "label_purchase", "shp_1", "7.50");
    List<LedgerPostingEntity> postings =
        List.of(
            posting("led_1", "cash", "100.00"),
            posting("led_1", "wallet", "-100.00"),
            posting("led_2", "wallet", "7.50"),
            posting("led_2", "carrier_payable", "-7.50"));

    List<LedgerEntryDto> rendered = LedgerRenderer.render(List.of(purchase, deposit), postings);

    assertThat(rendered).extracting(LedgerEntryDto::id).containsExactly("led_2", "led_1");
    LedgerEntryDto shown = rendered.get(0);
    assertThat(shown.object()).isEqualTo("LedgerEntry");
    assertThat(shown.kind()).isEqualTo("label_purchase");
    assertThat(shown.shipmentId()).isEqualTo("shp_1");
    assertThat(shown.amount()).isEqualTo("7.50");
    assertThat(shown.postings())
        .containsExactly(
            new PostingDto("wallet", "7.50"), new PostingDto("carrier_payable", "-7.50"));
  }

  private static LedgerTransactionEntity entry(
      String id, String kind, String shipmentId, String amount) {
    LedgerTransactionEntity entry = new LedgerTransactionEntity();
    entry.id = id;
    entry.tenantId = "ten_1";
    entry.kind = kind;
    entry.shipmentId = shipmentId;
    entry.amount = new BigDecimal(amount);
    entry.currency = "USD";
    entry.description = kind;
    entry.createdAt = Instant.parse("2026-01-01T12:00:00Z");
    return entry;
  }

  private static LedgerPostingEntity posting(String entryId, String account, String amount) {
    LedgerPostingEntity posting = new LedgerPostingEntity();
    posting.transactionId = entryId;
    posting.tenantId = "ten_1";
    posting.account = account;
    posting.amount = new BigDecimal(amount);
    posting.currency = "USD";
    return posting;
  }
}
