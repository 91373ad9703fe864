package com.parceliq.workflows.batch;

/**
 * How hard a batch purchase pushes: {@code window} shipments in flight at most, {@code perCarrier}
 * of them buying from one carrier at most, and {@code pageSize} shipments per workflow run (the run
 * continues as new after each page, so its history stays bounded however large the batch).
 */
public record BatchLimits(int window, int perCarrier, int pageSize) {

  public static final BatchLimits DEFAULT = new BatchLimits(16, 8, 100);

  public BatchLimits {
    if (window < 1 || perCarrier < 1 || pageSize < 1) {
      throw new IllegalArgumentException("batch limits must be positive: " + this);
    }
  }
}
