package com.parceliq.api.ledger;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LedgerEntryList(List<LedgerEntryDto> ledgerEntries, boolean hasMore) {}
