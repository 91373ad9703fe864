package com.parceliq.api.webhooks;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/webhooks}: where to deliver the tenant's events, and optionally the secret. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookBody(
    @NotBlank
        @Size(max = 2048)
        @Schema(
            description =
                "An https URL resolving only to public addresses (plain http and private"
                    + " addresses only where the platform allows them, as in dev)",
            example = "https://hooks.example.com/parceliq")
        String url,
    @Size(min = 16, max = 256, message = "must be between 16 and 256 characters")
        @Schema(
            description =
                "The signing secret; generated (64 hex characters) when absent. Shown only in"
                    + " the creation response.")
        String secret) {

  @Override
  public String toString() {
    // A body in a log line must not carry the secret.
    return "WebhookBody[url=" + url + ", secret=" + (secret == null ? "generated" : "given") + "]";
  }
}
