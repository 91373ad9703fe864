package com.parceliq.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialSealerTest {

  private static final Map<String, String> CREDENTIALS =
      Map.of("client_id", "acme-client", "client_secret", "s3cr3t-value-123");

  private final CredentialSealer sealer = new CredentialSealer(keys("local-1"));

  @Test
  void sealedCredentialsOpenForTheirOwnerAndShowNoPlaintext() {
    SealedCredentials sealed = sealer.seal(CREDENTIALS, "ten_1", "ca_1");

    assertThat(new String(sealed.encryptedCredentials(), StandardCharsets.ISO_8859_1))
        .doesNotContain("s3cr3t-value-123")
        .doesNotContain("client_secret");
    assertThat(sealed.toString()).doesNotContain("s3cr3t");
    assertThat(sealer.open(sealed, "ten_1", "ca_1")).isEqualTo(CREDENTIALS);
  }

  @Test
  void sealedCredentialsCopiedToAnotherAccountDoNotOpen() {
    SealedCredentials sealed = sealer.seal(CREDENTIALS, "ten_1", "ca_1");

    assertThatThrownBy(() -> sealer.open(sealed, "ten_2", "ca_1"))
        .hasMessageContaining("does not open");
    assertThatThrownBy(() -> sealer.open(sealed, "ten_1", "ca_2"))
        .hasMessageContaining("does not open");
  }

  @Test
  void anotherMasterKeyCannotOpenThem() {
    SealedCredentials sealed = sealer.seal(CREDENTIALS, "ten_1", "ca_1");
    CredentialSealer otherInstallation = new CredentialSealer(keys("local-1"));

    assertThatThrownBy(() -> otherInstallation.open(sealed, "ten_1", "ca_1"))
        .hasMessageContaining("does not open");
  }

  @Test
  void eachSealingUsesItsOwnDataKey() {
    SealedCredentials first = sealer.seal(CREDENTIALS, "ten_1", "ca_1");
    SealedCredentials second = sealer.seal(CREDENTIALS, "ten_1", "ca_1");

    assertThat(first.encryptedDataKey()).isNotEqualTo(second.encryptedDataKey());
    assertThat(first.encryptedCredentials()).isNotEqualTo(second.encryptedCredentials());
  }

  @Test
  void aMasterKeyOfTheWrongSizeIsRefusedAtStart() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> new LocalKeyManagement("k", shortKey))
        .hasMessageContaining("must be 32 bytes");
    assertThatThrownBy(() -> new LocalKeyManagement("k", "not base64!"))
        .hasMessageContaining("not base64");
  }

  private static KeyManagement keys(String keyId) {
    byte[] master = new byte[32];
    new SecureRandom().nextBytes(master);
    return new LocalKeyManagement(keyId, Base64.getEncoder().encodeToString(master));
  }
}
