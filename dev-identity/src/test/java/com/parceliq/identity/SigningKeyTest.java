package com.parceliq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

  @Test
  void theKeyIsKeptSoARestartedIssuerSignsWithTheSameKey(@TempDir Path dir) throws Exception {
    SigningKey first = SigningKey.loadOrCreate(dir);
    SigningKey again = SigningKey.loadOrCreate(dir);

    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(again.privateKey().getModulus()).isEqualTo(first.privateKey().getModulus());
  }

  @Test
  void aTokenVerifiesWithThePublishedJwk(@TempDir Path dir) throws Exception {
    SigningKey key = SigningKey.loadOrCreate(dir);
    String token = JwtSigner.rs256(Map.of("sub", "alice"), key.privateKey(), key.keyId());
    Map<String, Object> jwk = key.publicJwk();
    String[] parts = token.split("\\.");

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(magnitude(jwk.get("n")), magnitude(jwk.get("e")))));
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
        .contains("\"alg\":\"RS256\"")
        .contains("\"kid\":\"" + key.keyId() + "\"");
    assertThat(jwk).containsEntry("kid", key.keyId()).containsEntry("kty", "RSA");
  }

  @Test
  void anEphemeralKeyIsAnotherKey(@TempDir Path dir) throws Exception {
    assertThat(SigningKey.ephemeral().keyId()).isNotEqualTo(SigningKey.loadOrCreate(dir).keyId());
  }

  private static BigInteger magnitude(Object base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode((String) base64url));
  }
}
