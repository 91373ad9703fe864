package com.parceliq.api.audit;

import com.parceliq.store.audit.AuditForwarding;
import com.parceliq.store.audit.SentinelEventClient;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forwards every committed audit record to Sentinel ({@code parceliq.audit.sentinel.url}) in the
 * background, from the sink's durable cursor: requests never wait for Sentinel or fail because of
 * it, and an outage only delays the records (retried with backoff). Several API instances share the
 * work; one forwards at a time. Without the URL this does nothing.
 */
@ApplicationScoped
public class SentinelAuditSink {

  static final String SINK = "sentinel";
  private static final Logger LOG = Logger.getLogger(SentinelAuditSink.class);

  @ConfigProperty(name = "parceliq.audit.sentinel.url")
  Optional<URI> url;

  @ConfigProperty(name = "parceliq.audit.sentinel.timeout", defaultValue = "5s")
  Duration timeout;

  @ConfigProperty(name = "parceliq.audit.sentinel.batch-size", defaultValue = "100")
  int batchSize;

  @Inject DataSource dataSource;

  private final SinkBackoff backoff = new SinkBackoff();
  private AuditForwarding forwarding;

  @Scheduled(
      identity = "audit-sentinel-sink",
      every = "${parceliq.audit.sentinel.poll-interval:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void forward() {
    if (url.isEmpty() || !backoff.due(Instant.now())) {
      return;
    }
    try {
      // Audit records of every tenant go to the one sink.
      ScopedWork.call(RowScope.system("audit records to the Sentinel event sink"), this::send);
      backoff.succeeded();
    } catch (RuntimeException e) {
      backoff.failed(Instant.now());
      LOG.warnf("audit records not forwarded to Sentinel yet (retrying): %s", e.getMessage());
    }
  }

  private int send() {
    try {
      return forwarding().forwardAll();
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private synchronized AuditForwarding forwarding() {
    if (forwarding == null) {
      forwarding =
          new AuditForwarding(
              dataSource, SINK, new SentinelEventClient(url.orElseThrow(), timeout), batchSize);
    }
    return forwarding;
  }
}
