package com.parceliq.api.ledger;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One side of a ledger entry: positive is a debit, negative a credit. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PostingDto(String account, String amount) {}
