package com.parceliq.api.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletDto(
    String object,
    @Schema(
            description =
                "Available balance: what label purchases may still draw on, as a decimal string",
            example = "87.66")
        String balance,
    @Schema(
            description =
                "Set aside for purchases in flight (not in `balance`); returned or charged when"
                    + " each purchase settles",
            example = "12.34")
        String held,
    String currency) {

  public static final String OBJECT = "Wallet";
}
