package com.parceliq.workflows.archival;

import com.parceliq.workflows.ports.ArchivedPage;
import java.time.Instant;

/** The steps of a run's progress, each a new value: the workflow only ever replaces it. */
final class ArchivalProgresses {

  private ArchivalProgresses() {}

  static ArchivalProgress working(ArchivalProgress p, String tenantId) {
    return new ArchivalProgress(
        p.runId(),
        p.state(),
        p.completedBefore(),
        p.tenantCursor(),
        tenantId,
        p.tenantsDone(),
        p.pages(),
        p.shipmentsArchived(),
        p.bytesArchived(),
        p.startedAt(),
        p.finishedAt());
  }

  static ArchivalProgress paged(ArchivalProgress p, ArchivedPage page) {
    return new ArchivalProgress(
        p.runId(),
        p.state(),
        p.completedBefore(),
        p.tenantCursor(),
        p.currentTenantId(),
        p.tenantsDone(),
        p.pages() + (page.objectKey() == null ? 0 : 1),
        p.shipmentsArchived() + page.archived(),
        p.bytesArchived() + page.bytes(),
        p.startedAt(),
        p.finishedAt());
  }

  static ArchivalProgress tenantDone(ArchivalProgress p, String tenantId) {
    return new ArchivalProgress(
        p.runId(),
        p.state(),
        p.completedBefore(),
        tenantId,
        null,
        p.tenantsDone() + 1,
        p.pages(),
        p.shipmentsArchived(),
        p.bytesArchived(),
        p.startedAt(),
        p.finishedAt());
  }

  static ArchivalProgress completed(ArchivalProgress p, Instant finishedAt) {
    return new ArchivalProgress(
        p.runId(),
        ArchivalProgress.COMPLETED,
        p.completedBefore(),
        p.tenantCursor(),
        null,
        p.tenantsDone(),
        p.pages(),
        p.shipmentsArchived(),
        p.bytesArchived(),
        p.startedAt(),
        finishedAt);
  }
}
