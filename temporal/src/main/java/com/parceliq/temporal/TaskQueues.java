package com.parceliq.temporal;

/** Task queues per concern, so each scales and is throttled on its own. */
public final class TaskQueues {

  /** Workflows, and the shipment read-model and label-storage activities. */
  public static final String SHIPPING = "shipping";

  /** Ledger activities: every posting of money. */
  public static final String BILLING = "billing";

  /**
   * A batch's per-shipment steps: each waits on the shipment's own workflow, so they are many, long
   * and idle, and must not take slots from the shipment workflows' own activities.
   */
  public static final String BATCHES = "batches";

  /**
   * Documents built from many stored files (merged batch labels): long, disk-heavy activities on a
   * worker of their own with few slots, so they never hold up the shipment steps.
   */
  public static final String DOCUMENTS = "documents";

  public static final String WEBHOOKS = "webhooks";
  public static final String ARCHIVAL = "archival";
  public static final String RECONCILIATION = "reconciliation";

  private TaskQueues() {}

  /** One queue per carrier, so each carrier's concurrency is limited on its own. */
  public static String carrier(String carrierCode) {
    return "carrier-" + carrierCode;
  }
}
