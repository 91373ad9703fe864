package com.parceliq.activities.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reconciliation's pacing (docs/reconciliation.md). */
@ApplicationScoped
public class ReconciliationSettings {

  /** Lines per staging transaction (and heartbeat): the parse's memory is one batch. */
  @ConfigProperty(name = "parceliq.reconciliation.parse-batch-size", defaultValue = "5000")
  int parseBatchSize;

  /** Tracking codes per classification transaction. */
  @ConfigProperty(name = "parceliq.reconciliation.page-size", defaultValue = "1000")
  int pageSize;

  /** Classification pages per workflow run before it continues as new. */
  @ConfigProperty(name = "parceliq.reconciliation.pages-per-run", defaultValue = "200")
  int pagesPerRun;

  int parseBatchSize() {
    return parseBatchSize;
  }

  int pageSize() {
    return pageSize;
  }

  int pagesPerRun() {
    return pagesPerRun;
  }
}
