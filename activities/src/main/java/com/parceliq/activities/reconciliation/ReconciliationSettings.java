package com.parceliq.activities.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

  /** Where each carrier's inbox starts in the reconciliation bucket: {@code <prefix><carrier>/}. */
  @ConfigProperty(name = "parceliq.reconciliation.inbox.prefix", defaultValue = "inbox/")
  String inboxPrefix;

  /** The carriers whose inbox the schedule scans. */
  @ConfigProperty(
      name = "parceliq.reconciliation.inbox.carriers",
      defaultValue = "sandbox,ups,fedex")
  List<String> inboxCarriers;

  String inboxPrefix() {
    return inboxPrefix;
  }

  List<String> inboxCarriers() {
    return inboxCarriers;
  }

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
