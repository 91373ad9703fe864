package com.parceliq.api.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserClaimsTest {

  @Test
  void subjectTenantAndKnownRolesComeFromTheConfiguredClaims() {
    Map<String, Object> claims =
        Map.of("sub", "alice", "org", "ten_1", "groups", List.of("shipper", "viewer"));

    assertThat(UserClaims.from(claims, "org", "groups"))
        .contains(new UserClaims("alice", "ten_1", java.util.Set.of("shipper", "viewer")));
  }

  @Test
  void unknownRolesAreIgnored() {
    assertThat(UserClaims.knownRoles(List.of("admin", "superuser", 7, "Viewer")))
        .containsExactly("admin");
  }

  @Test
  void rolesMayBeASpaceOrCommaSeparatedString() {
    assertThat(UserClaims.knownRoles("billing, viewer shipper"))
        .containsExactly("billing", "viewer", "shipper");
  }

  @Test
  void aMissingOrOddRolesClaimGivesNoRoles() {
    assertThat(UserClaims.knownRoles(null)).isEmpty();
    assertThat(UserClaims.knownRoles(Map.of("admin", true))).isEmpty();
  }

  @Test
  void aTokenWithoutSubjectOrTenantNamesNobody() {
    assertThat(UserClaims.from(Map.of("tenant_id", "ten_1"), "tenant_id", "roles")).isEmpty();
    assertThat(UserClaims.from(Map.of("sub", "alice"), "tenant_id", "roles")).isEmpty();
    assertThat(UserClaims.from(Map.of("sub", "alice", "tenant_id", 42), "tenant_id", "roles"))
        .isEmpty();
    assertThat(UserClaims.from(Map.of("sub", "alice", "tenant_id", " "), "tenant_id", "roles"))
        .isEmpty();
  }

  @Test
  void onlyCompactJwsShapedTokensAreVerified() {
    assertThat(OidcTokenVerifier.looksLikeJws("aaa.bbb.ccc")).isTrue();
    assertThat(OidcTokenVerifier.looksLikeJws("not-a-jwt")).isFalse();
    assertThat(OidcTokenVerifier.looksLikeJws("a.b.c.d.e")).isFalse();
  }
}
