package com.parceliq.api.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The platform admin key ({@code parceliq.admin-key}). It has no default outside the dev and test
 * profiles, so a production API without one refuses to start rather than run without an admin.
 */
@ApplicationScoped
public class PlatformAdminKey {

  private static final Logger LOG = Logger.getLogger(PlatformAdminKey.class);
  private static final int RECOMMENDED_LENGTH = 24;

  private final String key;

  public PlatformAdminKey(@ConfigProperty(name = "parceliq.admin-key") Optional<String> key) {
    this.key =
        key.map(String::strip)
            .filter(value -> !value.isEmpty())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The platform admin key is not configured: set parceliq.admin-key (env"
                            + " PARCELIQ_ADMIN_KEY). The API does not start without one."));
  }

  void checkAtStartup(@Observes StartupEvent event) {
    if (key.length() < RECOMMENDED_LENGTH) {
      LOG.warnf(
          "parceliq.admin-key is only %d characters long; use at least %d random characters",
          key.length(), RECOMMENDED_LENGTH);
    }
  }

  public boolean matches(String token) {
    return ApiKeys.constantTimeEquals(key, token);
  }
}
