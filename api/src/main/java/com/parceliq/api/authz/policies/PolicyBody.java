package com.parceliq.api.authz.policies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT /v1/policies: the tenant's whole Cedar policy text (empty removes every tenant policy). */
public record PolicyBody(@NotNull @Size(max = PolicyBody.MAX_LENGTH) String policies) {

  public static final int MAX_LENGTH = 65_536;
}
