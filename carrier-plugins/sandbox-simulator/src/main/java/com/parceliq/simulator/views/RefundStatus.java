package com.parceliq.simulator.views;

import com.parceliq.simulator.state.LabelRecord;
import java.time.Duration;
import java.time.Instant;

/** EasyPost-style refund states of a voided label. */
public final class RefundStatus {

  public static final String SUBMITTED = "submitted";
  public static final String REFUNDED = "refunded";
  public static final String REJECTED = "rejected";

  private RefundStatus() {}

  /**
   * Null when the label is not voided; {@code submitted} until the {@code sbx:refund_delay} has
   * passed since the void, then {@code refunded}.
   */
  public static String of(LabelRecord label, Instant now) {
    return label
        .voidedAt()
        .map(
            voidedAt -> {
              Duration delay = label.purchase().triggers().refundDelay().orElse(Duration.ZERO);
              return now.isBefore(voidedAt.plus(delay)) ? SUBMITTED : REFUNDED;
            })
        .orElse(null);
  }
}
