package com.parceliq.api.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletDto(String object, String balance, String currency) {

  public static final String OBJECT = "Wallet";
}
