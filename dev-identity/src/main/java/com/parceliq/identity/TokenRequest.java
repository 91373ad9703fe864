package com.parceliq.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a client asks the token endpoint for. A dev issuer has no users: the client names the
 * subject, the tenant and the roles itself (form parameters {@code subject}, {@code tenant_id},
 * {@code roles} space or comma separated, {@code lifetime} in seconds, {@code audience}).
 */
public record TokenRequest(
    String subject, String tenantId, List<String> roles, long lifetimeSeconds, String audience) {

  public static final String DEFAULT_AUDIENCE = "parceliq-api";
  static final long DEFAULT_LIFETIME = 3600;
  static final long MAX_LIFETIME = 86_400;
  private static final int MAX_VALUE_LENGTH = 255;

  /** A refusal of the request, as OAuth 2.0 names it ({@code invalid_request}, ...). */
  public static final class Refused extends Exception {
    private final String error;

    Refused(String error, String description) {
      super(description, null, false, false);
      this.error = error;
    }

    public String error() {
      return error;
    }
  }

  public static TokenRequest parse(Map<String, String> form) throws Refused {
    if (!"client_credentials".equals(form.get("grant_type"))) {
      throw new Refused("unsupported_grant_type", "grant_type must be client_credentials");
    }
    String subject = required(form, "subject");
    String tenantId = required(form, "tenant_id");
    List<String> roles =
        Arrays.stream(form.getOrDefault("roles", "").split("[\\s,]+"))
            .filter(role -> !role.isBlank())
            .toList();
    String audience = form.getOrDefault("audience", DEFAULT_AUDIENCE);
    return new TokenRequest(subject, tenantId, roles, lifetime(form.get("lifetime")), audience);
  }

  /** The access token's claims, issued now by {@code issuer} to {@code clientId}. */
  public Map<String, Object> claims(String issuer, String clientId, Instant now) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", subject);
    claims.put("aud", audience);
    claims.put("azp", clientId);
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.getEpochSecond() + lifetimeSeconds);
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("tenant_id", tenantId);
    claims.put("roles", roles);
    return claims;
  }

  private static String required(Map<String, String> form, String name) throws Refused {
    String value = form.get(name);
    if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
      throw new Refused("invalid_request", name + " is required (at most 255 characters)");
    }
    return value.strip();
  }

  private static long lifetime(String raw) throws Refused {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIFETIME;
    }
    try {
      long seconds = Long.parseLong(raw.strip());
      if (seconds >= 1 && seconds <= MAX_LIFETIME) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // Refused below, like any value out of range.
    }
    throw new Refused("invalid_request", "lifetime must be whole seconds from 1 to 86400");
  }
}
