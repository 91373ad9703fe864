package com.parceliq.workflows.ports;

/** Tracking codes classified by one page (0: nothing was left), and the last of them. */
public record ClassifiedPage(int labels, String lastTrackingCode) {

  public boolean empty() {
    return labels == 0;
  }
}
