package com.parceliq.api.auth.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code parceliq.oidc.*}. Without an issuer OIDC is off: only API keys and the platform admin key
 * authenticate, and any other token is a 401.
 */
@ConfigMapping(prefix = "parceliq.oidc")
public interface OidcSettings {

  /** The issuer URL, exactly as the tokens' {@code iss}; discovery is read below it. */
  Optional<String> issuer();

  /** The {@code aud} every token must carry. */
  @WithDefault("parceliq-api")
  String audience();

  /** The claim naming the token's tenant (a ParcelIQ tenant id); the tenant must exist. */
  @WithDefault("tenant_id")
  String tenantClaim();

  /** The claim listing the user's roles (array, or space or comma separated string). */
  @WithDefault("roles")
  String rolesClaim();

  /** Clock difference tolerated between the issuer and the API on exp, nbf and iat. */
  @WithDefault("30s")
  Duration clockSkew();

  /** Connect and read timeout of the discovery and JWKS requests to the issuer. */
  @WithDefault("5s")
  Duration fetchTimeout();
}
