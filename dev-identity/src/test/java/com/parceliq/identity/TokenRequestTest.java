package com.parceliq.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRequestTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  @Test
  void theClientNamesSubjectTenantRolesAndLifetime() throws Exception {
    TokenRequest request =
        TokenRequest.parse(
            Map.of(
                "grant_type", "client_credentials",
                "subject", "alice",
                "tenant_id", "ten_1",
                "roles", "shipper viewer",
                "lifetime", "120"));

    Map<String, Object> claims = request.claims("http://127.0.0.1:8091", "parceliq-dev", NOW);

    assertThat(claims)
        .containsEntry("iss", "http://127.0.0.1:8091")
        .containsEntry("sub", "alice")
        .containsEntry("aud", "parceliq-api")
        .containsEntry("tenant_id", "ten_1")
        .containsEntry("roles", List.of("shipper", "viewer"))
        .containsEntry("iat", NOW.getEpochSecond())
        .containsEntry("exp", NOW.getEpochSecond() + 120);
  }

  @Test
  void aTokenLivesAnHourUnlessToldOtherwise() throws Exception {
    TokenRequest request =
        TokenRequest.parse(
            Map.of("grant_type", "client_credentials", "subject", "a", "tenant_id", "t"));

    assertThat(request.lifetimeSeconds()).isEqualTo(3600);
    assertThat(request.roles()).isEmpty();
  }

  @Test
  void onlyClientCredentialsIsGranted() {
    assertThatThrownBy(() -> TokenRequest.parse(Map.of("grant_type", "password")))
        .isInstanceOfSatisfying(
            TokenRequest.Refused.class,
            refused -> assertThat(refused.error()).isEqualTo("unsupported_grant_type"));
  }

  @Test
  void subjectAndTenantAreRequiredAndLifetimeIsBounded() {
    assertThatThrownBy(
            () -> TokenRequest.parse(Map.of("grant_type", "client_credentials", "subject", "a")))
        .hasMessageContaining("tenant_id");
    assertThatThrownBy(
            () ->
                TokenRequest.parse(
                    Map.of(
                        "grant_type", "client_credentials",
                        "subject", "a",
                        "tenant_id", "t",
                        "lifetime", "0")))
        .hasMessageContaining("lifetime");
  }
}
