package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** The inbox scan's steps: which carriers, and claiming a page of one carrier's new files. */
@ActivityInterface
public interface ReconciliationInboxActivities {

  /** The carriers whose inbox prefixes are scanned, from the workers' configuration. */
  List<String> reconcileInboxCarriers();

  /**
   * Lists up to {@code limit} objects of the carrier's prefix after {@code startAfter} (null: from
   * the first) and claims each file of an existing tenant not reconciled yet: its run row is
   * inserted (source inbox, status pending) with a new run id, once per object whatever the number
   * of scans. Answers the claimed files still pending (new ones, and ones a crashed scan claimed
   * without starting), and the key to list after next (null at the end).
   */
  InboxPage reconcileInboxPage(String carrier, String startAfter, int limit);
}
