package com.parceliq.api.auth.oidc;

import com.parceliq.api.auth.TenantRoles;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who a verified token speaks for: its subject, the tenant named in the tenant claim, and the known
 * tenant roles in the roles claim (unknown roles are ignored, never an error, so an issuer shared
 * with other applications may carry their roles too).
 */
public record UserClaims(String subject, String tenantId, Set<String> roles) {

  private static final int MAX_VALUE_LENGTH = 255;

  /** Empty when the subject or the tenant is missing or not a plain string. */
  public static Optional<UserClaims> from(
      Map<String, Object> claims, String tenantClaim, String rolesClaim) {
    Optional<String> subject = text(claims.get("sub"));
    Optional<String> tenant = text(claims.get(tenantClaim));
    if (subject.isEmpty() || tenant.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UserClaims(subject.get(), tenant.get(), knownRoles(claims.get(rolesClaim))));
  }

  static Set<String> knownRoles(Object claim) {
    Stream<?> values =
        switch (claim) {
          case Collection<?> list -> list.stream();
          case String text -> Arrays.stream(text.split("[\\s,]+"));
          case null, default -> Stream.empty();
        };
    Set<String> roles = new LinkedHashSet<>();
    values
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .map(String::strip)
        .filter(TenantRoles::isKnown)
        .forEach(roles::add);
    return roles;
  }

  private static Optional<String> text(Object value) {
    return value instanceof String text && !text.isBlank() && text.length() <= MAX_VALUE_LENGTH
        ? Optional.of(text.strip())
        : Optional.empty();
  }
}
