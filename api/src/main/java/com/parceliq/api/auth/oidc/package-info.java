/**
 * OIDC access tokens of users (PrincipalKind.USER), verified explicitly by the {@link
 * com.parceliq.api.auth.Authenticator} after the API-key and platform-admin checks, so that
 * Quarkus' HTTP security never sees the Authorization header and cannot answer before our filter.
 * The issuer's discovery document names its JWKS; jose4j (the library quarkus-oidc itself is built
 * on) checks signature, issuer, audience and expiry. quarkus-oidc is not used: its parent POM for
 * the Quarkus version this build uses is not published in the registries this project builds from,
 * and its bearer mechanism would have to be switched off anyway.
 */
package com.parceliq.api.auth.oidc;
