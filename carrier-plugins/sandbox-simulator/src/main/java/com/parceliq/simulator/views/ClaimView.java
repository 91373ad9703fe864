package com.parceliq.simulator.views;

import com.parceliq.simulator.state.ClaimRecord;
import java.time.Instant;

/**
 * A claim: {@code status} is {@code pending}, {@code approved} (with {@code approved_amount}) or
 * {@code denied} (with a {@code reason}).
 */
public record ClaimView(
    String id,
    String trackingCode,
    String type,
    String status,
    String amount,
    String approvedAmount,
    String currency,
    String reason,
    String filedAt) {

  public static ClaimView of(ClaimRecord claim, Instant now) {
    String status = claim.status(now);
    return new ClaimView(
        claim.id(),
        claim.trackingCode(),
        claim.type(),
        status,
        claim.amount().toPlainString(),
        status.equals("approved") ? claim.approvedAmount().toPlainString() : null,
        claim.currency(),
        switch (status) {
          case "approved" -> "approved by the sandbox claims desk";
          case "denied" -> "denied by the sandbox claims desk";
          default -> null;
        },
        Times.format(claim.filedAt()));
  }
}
