package com.parceliq.api.idempotency;

import com.parceliq.store.ExpiredIdempotencyRecords;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes idempotency records older than {@code parceliq.api.idempotency.retention} every {@code
 * parceliq.api.idempotency.cleanup-interval}, in batches of {@code cleanup-batch-size}. A run stops
 * after {@code cleanup-max-batches} so a large backlog is worked off over several runs instead of
 * loading the database in one go; every API instance runs it, and they share the work (see {@link
 * ExpiredIdempotencyRecords}).
 */
@ApplicationScoped
public class IdempotencyCleanup {

  private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

  @ConfigProperty(name = IdempotencyRetention.PROPERTY, defaultValue = "48h")
  Duration retention;

  @ConfigProperty(name = "parceliq.api.idempotency.cleanup-batch-size", defaultValue = "1000")
  int batchSize;

  @ConfigProperty(name = "parceliq.api.idempotency.cleanup-max-batches", defaultValue = "100")
  int maxBatches;

  @Inject DataSource dataSource;

  /** A retention below the minimum stops the API here, before it answers any request. */
  void checkAtStartup(@Observes StartupEvent event) {
    policy();
  }

  @Scheduled(
      identity = "idempotency-cleanup",
      every = "${parceliq.api.idempotency.cleanup-interval}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void removeExpired() {
    // Retention is a platform rule over every tenant's records.
    ScopedWork.run(RowScope.system("idempotency retention cleanup"), this::removeAllExpired);
  }

  private void removeAllExpired() {
    Instant cutoff = policy().cutoff(Instant.now());
    ExpiredIdempotencyRecords expired = new ExpiredIdempotencyRecords(dataSource);
    int removed = 0;
    try {
      for (int batch = 0; batch < maxBatches; batch++) {
        int deleted = expired.deleteBatch(cutoff, batchSize);
        removed += deleted;
        if (deleted < batchSize) {
          break;
        }
      }
    } catch (SQLException e) {
      // The next run picks up where this one stopped; a failed run loses nothing.
      LOG.warnf(e, "idempotency cleanup stopped after %d records", removed);
    }
    if (removed > 0) {
      LOG.infof("removed %d idempotency records created before %s", removed, cutoff);
    }
  }

  private IdempotencyRetention policy() {
    return new IdempotencyRetention(retention);
  }
}
