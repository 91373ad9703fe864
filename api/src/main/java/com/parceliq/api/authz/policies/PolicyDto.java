package com.parceliq.api.authz.policies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A tenant's own policies as GET and PUT /v1/policies answer them. */
public record PolicyDto(
    String policies,
    long version,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("updated_by") String updatedBy) {}
