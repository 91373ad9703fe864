package com.parceliq.api.auth.oidc;

import com.parceliq.api.auth.Principal;
import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A user principal from a verified OIDC access token. A token whose tenant does not exist is not a
 * credential (401). A valid token of an existing tenant without any ParcelIQ role proves who the
 * user is but grants nothing: 403, so the user learns to ask for a role instead of retrying the
 * sign-in.
 */
@ApplicationScoped
public class OidcAuthenticator {

  @Inject OidcTokenVerifier verifier;
  @Inject OidcSettings settings;

  public Optional<Principal> authenticate(String token) {
    Optional<UserClaims> user =
        verifier
            .verify(token)
            .flatMap(
                claims -> UserClaims.from(claims, settings.tenantClaim(), settings.rolesClaim()))
            .filter(claims -> TenantEntity.findByIdOptional(claims.tenantId()).isPresent());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    if (user.get().roles().isEmpty()) {
      throw new ApiException(
          ErrorCode.AUTH_FORBIDDEN,
          "The token carries no ParcelIQ role (admin, shipper, billing or viewer).");
    }
    return Optional.of(
        Principal.user(user.get().tenantId(), user.get().subject(), user.get().roles()));
  }
}
