package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.identity.JwtSigner;
import com.parceliq.identity.SigningKey;
import com.parceliq.it.support.IdentityProvider;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OIDC access tokens of users, signed by the stack's dev issuer (or deliberately not). */
class OidcIT {

  private static final IdentityProvider ISSUER = IdentityProvider.ofTestStack();

  @Test
  void aValidTokenActsAsItsUserInItsTenantOnly() {
    Tenant home = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    String otherShipment = other.createShipment(null).path("id").asText();
    String token = ISSUER.token("alice", home.id(), "shipper");

    TestStack.api().get("/v1/wallet").bearer(token).send().expect(200);
    assertThat(
            TestStack.api()
                .get("/v1/shipments")
                .bearer(token)
                .send()
                .expect(200)
                .path("shipments")
                .size())
        .isZero();
    assertError(
        TestStack.api().get("/v1/shipments/" + otherShipment).bearer(token).send(),
        404,
        "RESOURCE.NOT_FOUND");
  }

  @Test
  void theUsersRolesComeFromTheToken() {
    Tenant tenant = TestStack.newTenant();

    String admin = ISSUER.token("ada", tenant.id(), "admin unknown-role");
    String shipper = ISSUER.token("sam", tenant.id(), "shipper");

    TestStack.api().get("/v1/api_keys").bearer(admin).send().expect(200);
    assertError(TestStack.api().get("/v1/api_keys").bearer(shipper).send(), 403, "AUTH.FORBIDDEN");
  }

  @Test
  void aTokenWithoutAnyKnownRoleIsForbidden() {
    Tenant tenant = TestStack.newTenant();

    String token = ISSUER.token("nobody", tenant.id(), "superuser");

    assertError(TestStack.api().get("/v1/wallet").bearer(token).send(), 403, "AUTH.FORBIDDEN");
  }

  @Test
  void aTokenForAnUnknownTenantIsUnauthenticated() {
    String token = ISSUER.token("alice", "ten_doesnotexist", "admin");

    assertUnauthenticated(token);
  }

  @Test
  void aTokenForAnotherAudienceIsUnauthenticated() {
    Tenant tenant = TestStack.newTenant();

    String token =
        ISSUER.token(
            Map.of(
                "subject", "alice",
                "tenant_id", tenant.id(),
                "roles", "admin",
                "audience", "some-other-api"));

    assertUnauthenticated(token);
  }

  @Test
  void anExpiredTokenIsUnauthenticated() {
    Tenant tenant = TestStack.newTenant();
    Instant twoHoursAgo = Instant.now().minusSeconds(7200);
    SigningKey key = ISSUER.signingKey();

    String token =
        JwtSigner.rs256(
            claims(tenant, ISSUER.issuer(), twoHoursAgo), key.privateKey(), key.keyId());

    assertUnauthenticated(token);
  }

  @Test
  void aTokenOfAnotherIssuerIsUnauthenticatedEvenWithTheRightKey() {
    Tenant tenant = TestStack.newTenant();
    SigningKey key = ISSUER.signingKey();

    String token =
        JwtSigner.rs256(
            claims(tenant, "http://127.0.0.1:1/another-issuer", Instant.now()),
            key.privateKey(),
            key.keyId());

    assertUnauthenticated(token);
  }

  @Test
  void aTokenSignedByAnUnpublishedKeyIsUnauthenticated() {
    Tenant tenant = TestStack.newTenant();
    SigningKey forger = SigningKey.ephemeral();
    SigningKey published = ISSUER.signingKey();

    String sameKeyId =
        JwtSigner.rs256(
            claims(tenant, ISSUER.issuer(), Instant.now()), forger.privateKey(), published.keyId());
    String ownKeyId =
        JwtSigner.rs256(
            claims(tenant, ISSUER.issuer(), Instant.now()), forger.privateKey(), forger.keyId());

    assertUnauthenticated(sameKeyId);
    assertUnauthenticated(ownKeyId);
  }

  @Test
  void anUnsignedTokenIsUnauthenticated() {
    Tenant tenant = TestStack.newTenant();

    assertUnauthenticated(JwtSigner.unsigned(claims(tenant, ISSUER.issuer(), Instant.now())));
  }

  /** Claims as the dev issuer would sign them at {@code issuedAt}, valid for an hour. */
  private static Map<String, Object> claims(Tenant tenant, String issuer, Instant issuedAt) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", "mallory");
    claims.put("aud", "parceliq-api");
    claims.put("iat", issuedAt.getEpochSecond());
    claims.put("exp", issuedAt.getEpochSecond() + 3600);
    claims.put("tenant_id", tenant.id());
    claims.put("roles", List.of("admin"));
    return claims;
  }

  private static void assertUnauthenticated(String token) {
    assertError(
        TestStack.api().get("/v1/wallet").bearer(token).send(), 401, "AUTH.UNAUTHENTICATED");
  }
}
