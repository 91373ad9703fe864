package com.parceliq.activities.archival;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.store.archive.ArchiveJson;
import com.parceliq.workflows.ports.ArchivalActivities;
import com.parceliq.workflows.ports.ArchivalLimits;
import com.parceliq.workflows.ports.ArchivedPage;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Archival's steps. A page goes: read (PostgreSQL builds each document) -> one object of gzip
 * members -> upload with Content-MD5 -> read back and compare SHA-256 -> heartbeat the verified
 * object -> one transaction moving the rows. A retry after a crash before the heartbeat writes a
 * new object (the first one is never indexed); after it, the retry goes straight to the move, which
 * finds already moved shipments gone: nothing is archived twice, nothing deleted unverified.
 */
@ApplicationScoped
public class ArchivalActivitiesImpl implements ArchivalActivities {

  private static final Logger LOG = Logger.getLogger(ArchivalActivitiesImpl.class);

  @Inject ArchivalSettings settings;
  @Inject ArchivalTenants tenants;
  @Inject EligibleShipments eligible;
  @Inject ArchiveObjects objects;
  @Inject ArchiveMove move;
  @Inject ArchivalMetrics metrics;
  @Inject ObjectMapper json;

  Clock clock = Clock.systemUTC();

  @Override
  public ArchivalLimits archivalLimits() {
    return new ArchivalLimits(settings.pagesPerRun(), ArchivalSettings.TENANTS_PER_PAGE);
  }

  @Override
  public List<String> archivalTenants(String afterTenantId, int limit) {
    return tenants.after(afterTenantId, limit);
  }

  @Override
  public Instant archivalCutoff(String tenantId) {
    Duration retention =
        tenants.retentionDays(tenantId).map(Duration::ofDays).orElse(settings.defaultRetention());
    return clock.instant().minus(retention);
  }

  @Override
  public ArchivedPage archivePage(
      String tenantId, Instant cutoff, String runId, String afterShipmentId) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    Optional<PageCheckpoint> verified = context.getHeartbeatDetails(PageCheckpoint.class);
    PageCheckpoint page;
    if (verified.isPresent()) {
      page = verified.get();
      LOG.infof("archival %s: resuming at the move of verified object %s", runId, page.objectKey());
    } else {
      List<PageDocument> documents =
          eligible.page(tenantId, cutoff, afterShipmentId, settings.pageSize());
      if (documents.isEmpty()) {
        return ArchivedPage.empty();
      }
      PageObject object =
          PageObject.of(ArchiveJson.exact(json), tenantId, runId, clock.instant(), documents);
      objects.writeVerified(object);
      page = object.checkpoint(objects.bucket());
      context.heartbeat(page);
    }
    ArchiveMove.Moved moved = move.move(tenantId, runId, page);
    metrics.moved(moved.now(), page.bytes());
    if (moved.inObject() < page.members().size()) {
      LOG.infof(
          "archival %s: %d of %d shipments of tenant %s changed since read and stay hot",
          runId, page.members().size() - moved.inObject(), page.members().size(), tenantId);
    }
    return new ArchivedPage(
        page.members().size(),
        moved.inObject(),
        page.bytes(),
        page.lastShipmentId(),
        page.objectKey());
  }
}
