package com.parceliq.activities.archival;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The archival's pacing and the platform's retention (docs/adr/0013). */
@ApplicationScoped
public class ArchivalSettings {

  /** Tenant ids the workflow lists per step: one query each, whatever the number of tenants. */
  static final int TENANTS_PER_PAGE = 100;

  /** How long a finished shipment stays hot when its tenant sets no retention of its own. */
  @ConfigProperty(name = "parceliq.archival.default-retention", defaultValue = "90d")
  Duration defaultRetention;

  /** Shipments per page object: a few hundred documents held in memory at once. */
  @ConfigProperty(name = "parceliq.archival.page-size", defaultValue = "500")
  int pageSize;

  @ConfigProperty(name = "parceliq.archival.pages-per-run", defaultValue = "20")
  int pagesPerRun;

  Duration defaultRetention() {
    return defaultRetention;
  }

  int pageSize() {
    return pageSize;
  }

  int pagesPerRun() {
    return pagesPerRun;
  }
}
