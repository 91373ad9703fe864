package com.parceliq.store.rls;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations at startup, before anything else touches the database, as the
 * schema owner: application connections act as a role that may not create tables, and Quarkus' own
 * migrate-at-start could not say so (it is switched off in each application's properties).
 */
@ApplicationScoped
public class SchemaMigrations {

  @Inject Flyway flyway;

  void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    ScopedWork.run(RowScope.owner("schema migrations"), flyway::migrate);
  }
}
