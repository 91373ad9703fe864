package com.parceliq.api.ledger;

import com.parceliq.api.http.Decimals;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Ledger rows as the API shows them: each entry with its postings. */
public final class LedgerRenderer {

  private LedgerRenderer() {}

  public static List<LedgerEntryDto> render(
      List<LedgerTransactionEntity> entries, List<LedgerPostingEntity> postings) {
    Map<String, List<LedgerPostingEntity>> byEntry =
        postings.stream().collect(Collectors.groupingBy(posting -> posting.transactionId));
    return entries.stream()
        .map(entry -> render(entry, byEntry.getOrDefault(entry.id, List.of())))
        .toList();
  }

  static LedgerEntryDto render(LedgerTransactionEntity entry, List<LedgerPostingEntity> postings) {
    return new LedgerEntryDto(
        entry.id,
        LedgerEntryDto.OBJECT,
        entry.kind,
        Decimals.money(entry.amount),
        entry.currency,
        entry.shipmentId,
        entry.pickupId,
        entry.description,
        entry.createdAt,
        postings.stream()
            .map(posting -> new PostingDto(posting.account, Decimals.money(posting.amount)))
            .toList());
  }
}
