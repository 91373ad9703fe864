package com.parceliq.api.authz.quarantine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator stops a principal; kept with the quarantine. */
public record QuarantineBody(@NotBlank @Size(max = 500) String reason) {}
