package com.parceliq.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compact JWS (RS256) of a claims object: header.payload.signature, each base64url. */
public final class JwtSigner {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private JwtSigner() {}

  public static String rs256(Map<String, ?> claims, PrivateKey key, String keyId) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put("kid", keyId);
    String signingInput = encode(Json.object(header)) + "." + encode(Json.object(claims));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM signs SHA256withRSA", e);
    }
  }

  /** An unsecured JWT ({@code alg: none}, empty signature), which no verifier may accept. */
  public static String unsigned(Map<String, ?> claims) {
    return encode(Json.object(Map.of("alg", "none", "typ", "JWT")))
        + "."
        + encode(Json.object(claims))
        + ".";
  }

  public static String base64url(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
