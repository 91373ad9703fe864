package com.parceliq.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The one client this issuer knows (its id and secret come from the launcher, one pair per stack),
 * authenticated by HTTP Basic or by {@code client_id}/{@code client_secret} in the form.
 */
public record ClientCredentials(String clientId, String clientSecret) {

  /** The client id when the request proves it is this client; empty otherwise. */
  public Optional<String> authenticate(String authorization, Map<String, String> form) {
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      id = decoded.substring(0, colon);
      secret = decoded.substring(colon + 1);
    }
    if (id == null || secret == null || !equal(id, clientId) || !equal(secret, clientSecret)) {
      return Optional.empty();
    }
    return Optional.of(clientId);
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
