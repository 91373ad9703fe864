package com.parceliq.api.authz.quarantine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record QuarantineDto(
    @JsonProperty("principal_id") String principalId,
    String reason,
    @JsonProperty("quarantined_at") Instant quarantinedAt) {}
