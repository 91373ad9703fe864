package com.parceliq.api.ops.claims;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code POST /v1/ops/claims/{id}/decision}: {@code approve} (paying {@code amount}, or the whole
 * claim when omitted) or {@code deny}, with the operator's {@code reason}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClaimDecisionBody(String decision, String amount, String reason) {}
