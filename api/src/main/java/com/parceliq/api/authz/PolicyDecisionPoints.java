package com.parceliq.api.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.authz.cedar.BasePolicies;
import com.parceliq.api.authz.cedar.CedarPolicyDecisionPoint;
import com.parceliq.api.authz.policies.StoredTenantPolicies;
import com.parceliq.api.authz.sentinel.SentinelPolicyDecisionPoint;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chooses the policy decision point: {@code parceliq.authz.pdp=cedar} (default, embedded) or {@code
 * sentinel} (remote, {@code parceliq.authz.sentinel.url} required). Anything else stops startup: an
 * API that cannot decide must not run.
 */
@ApplicationScoped
public class PolicyDecisionPoints {

  private static final Logger LOG = Logger.getLogger(PolicyDecisionPoints.class);

  @ConfigProperty(name = "parceliq.authz.pdp", defaultValue = "cedar")
  String pdp;

  @ConfigProperty(name = "parceliq.authz.sentinel.url")
  Optional<URI> sentinelUrl;

  @ConfigProperty(name = "parceliq.authz.sentinel.connect-timeout", defaultValue = "200ms")
  Duration sentinelConnectTimeout;

  @ConfigProperty(name = "parceliq.authz.sentinel.response-timeout", defaultValue = "500ms")
  Duration sentinelResponseTimeout;

  @Produces
  @Singleton
  PolicyDecisionPoint policyDecisionPoint(StoredTenantPolicies tenantPolicies, ObjectMapper json) {
    return switch (pdp) {
      case "cedar" -> {
        LOG.info("Authorization: embedded Cedar policy decision point");
        yield new CedarPolicyDecisionPoint(BasePolicies.load(), tenantPolicies);
      }
      case "sentinel" -> {
        URI url =
            sentinelUrl.orElseThrow(
                () ->
                    new IllegalStateException(
                        "parceliq.authz.pdp=sentinel needs parceliq.authz.sentinel.url"));
        LOG.infof("Authorization: Sentinel policy decision point at %s", url);
        yield new SentinelPolicyDecisionPoint(
            url, sentinelConnectTimeout, sentinelResponseTimeout, json);
      }
      default ->
          throw new IllegalStateException(
              "parceliq.authz.pdp must be cedar or sentinel, not " + pdp);
    };
  }

  /** Creates the PDP when the API starts, so a bad choice or a Cedar that cannot load stops it. */
  void loadAtStartup(@Observes StartupEvent event, PolicyDecisionPoint pdp) {
    LOG.debugf("policy decision point ready: %s", pdp.getClass().getSimpleName());
  }
}
