package com.parceliq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

  private final ClientCredentials client =
      new ClientCredentials("parceliq-dev", "s3cret-s3cret-s3cret");

  @Test
  void theClientAuthenticatesWithBasicOrWithTheForm() {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "parceliq-dev:s3cret-s3cret-s3cret".getBytes(StandardCharsets.UTF_8));

    assertThat(client.authenticate(basic, Map.of())).contains("parceliq-dev");
    assertThat(
            client.authenticate(
                null, Map.of("client_id", "parceliq-dev", "client_secret", "s3cret-s3cret-s3cret")))
        .contains("parceliq-dev");
  }

  @Test
  void aWrongSecretOrUnknownClientIsRefused() {
    assertThat(
            client.authenticate(
                null, Map.of("client_id", "parceliq-dev", "client_secret", "guess")))
        .isEmpty();
    assertThat(
            client.authenticate(
                null, Map.of("client_id", "other", "client_secret", "s3cret-s3cret-s3cret")))
        .isEmpty();
    assertThat(client.authenticate("Basic !!!", Map.of())).isEmpty();
    assertThat(client.authenticate(null, Map.of())).isEmpty();
  }
}
