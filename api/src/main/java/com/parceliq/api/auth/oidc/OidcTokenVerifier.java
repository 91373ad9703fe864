package com.parceliq.api.auth.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Verifies an access token against the configured issuer: a signature by one of the keys its JWKS
 * publishes (fetched on first use, cached, fetched again for an unknown key id), with an asymmetric
 * algorithm only (so never {@code none} nor an HMAC keyed with a public key), the issuer, the
 * audience, and an expiry that has not passed. Anything else is no token at all.
 */
@ApplicationScoped
public class OidcTokenVerifier {

  private static final Logger LOG = Logger.getLogger(OidcTokenVerifier.class);

  /** After the issuer failed to answer discovery, refuse quickly for a while instead of waiting. */
  private static final long DISCOVERY_RETRY_NANOS = 5_000_000_000L;

  private static final String[] ALGORITHMS = {
    AlgorithmIdentifiers.RSA_USING_SHA256,
    AlgorithmIdentifiers.RSA_USING_SHA384,
    AlgorithmIdentifiers.RSA_USING_SHA512,
    AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
    AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384
  };

  @Inject OidcSettings settings;
  @Inject ObjectMapper mapper;

  private volatile JwtConsumer consumer;
  private long lastDiscoveryFailure;

  public boolean enabled() {
    return settings.issuer().isPresent();
  }

  /** The token's claims when it is valid; empty when it is not (a 401). */
  public Optional<Map<String, Object>> verify(String token) {
    if (!enabled() || !looksLikeJws(token)) {
      return Optional.empty();
    }
    try {
      return Optional.of(consumer().processToClaims(token).getClaimsMap());
    } catch (InvalidJwtException e) {
      // Why, without the token: its claims could be personal data.
      LOG.debugf("OIDC token refused: %s", e.getErrorDetails().stream().findFirst().orElse(null));
      return Optional.empty();
    }
  }

  /** A compact JWS has three dot-separated parts; anything else is not worth asking the issuer. */
  static boolean looksLikeJws(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }

  private JwtConsumer consumer() {
    JwtConsumer ready = consumer;
    if (ready != null) {
      return ready;
    }
    synchronized (this) {
      if (consumer == null) {
        consumer = build(discover());
      }
      return consumer;
    }
  }

  private IssuerMetadata discover() {
    if (lastDiscoveryFailure != 0
        && System.nanoTime() - lastDiscoveryFailure < DISCOVERY_RETRY_NANOS) {
      throw unavailable();
    }
    String issuer = settings.issuer().orElseThrow();
    try {
      IssuerMetadata metadata = IssuerMetadata.fetch(issuer, settings.fetchTimeout(), mapper);
      lastDiscoveryFailure = 0;
      return metadata;
    } catch (IOException e) {
      lastDiscoveryFailure = System.nanoTime();
      LOG.warnf("OIDC discovery at %s failed: %s", issuer, e.getMessage());
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private JwtConsumer build(IssuerMetadata metadata) {
    HttpsJwks jwks = new HttpsJwks(metadata.jwksUri());
    Get get = new Get();
    int timeoutMillis = (int) settings.fetchTimeout().toMillis();
    get.setConnectTimeout(timeoutMillis);
    get.setReadTimeout(timeoutMillis);
    jwks.setSimpleHttpGet(get);
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setRequireSubject()
        .setAllowedClockSkewInSeconds((int) settings.clockSkew().toSeconds())
        .setExpectedIssuer(metadata.issuer())
        .setExpectedAudience(settings.audience())
        .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
        .setJwsAlgorithmConstraints(
            new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, ALGORITHMS))
        .build();
  }

  private static ApiException unavailable() {
    return new ApiException(
        ErrorCode.AUTH_UNAVAILABLE,
        "The identity provider cannot be reached to verify the token; retry shortly.");
  }
}
