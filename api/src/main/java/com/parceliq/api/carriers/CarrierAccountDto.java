package com.parceliq.api.carriers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** A carrier account as the API shows it: which credentials are set, never their values. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CarrierAccountDto(
    String id,
    String object,
    String carrier,
    String description,
    boolean testMode,
    List<String> credentialFields,
    Instant createdAt) {

  public static final String OBJECT = "CarrierAccount";
}
