package com.parceliq.api.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DepositDto(
    String id,
    String object,
    String amount,
    String currency,
    String ledgerEntryId,
    String balance) {

  public static final String OBJECT = "Deposit";
}
