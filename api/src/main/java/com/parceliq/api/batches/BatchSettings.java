package com.parceliq.api.batches;

import com.parceliq.workflows.batch.BatchLimits;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How hard a batch purchase pushes ({@code parceliq.batch.*}); each buy of a batch starts with the
 * values of the moment and keeps them, since they travel in the workflow's input.
 */
@ApplicationScoped
public class BatchSettings {

  /** The most shipments one batch may hold (CONTRACT section 3). */
  public static final int MAX_SHIPMENTS = 10_000;

  @ConfigProperty(name = "parceliq.batch.window", defaultValue = "16")
  int window;

  @ConfigProperty(name = "parceliq.batch.window-per-carrier", defaultValue = "8")
  int perCarrier;

  @ConfigProperty(name = "parceliq.batch.page-size", defaultValue = "100")
  int pageSize;

  public BatchLimits limits() {
    return new BatchLimits(window, perCarrier, pageSize);
  }
}
