package com.parceliq.workflows.ports;

import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import java.util.List;

/** Files of one listing page to reconcile, and where the next page starts (null: no more). */
public record InboxPage(List<ReconciliationRequest> files, String nextStartAfter) {

  public InboxPage {
    files = List.copyOf(files);
  }
}
