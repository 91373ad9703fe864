package com.parceliq.simulator.state;

import com.parceliq.simulator.triggers.ClaimTriggers;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claim the carrier received. Its decision is a function of time ({@link ClaimTriggers}), so
 * nothing needs to run in the background: whoever looks sees the decision once it is due.
 */
public record ClaimRecord(
    String id,
    String trackingCode,
    String type,
    BigDecimal amount,
    String currency,
    Instant filedAt,
    ClaimTriggers triggers) {

  /** {@code pending}, {@code approved} or {@code denied} as of {@code now}. */
  public String status(Instant now) {
    return triggers
        .decision()
        .filter(decision -> !now.isBefore(filedAt.plus(decision.after())))
        .map(decision -> decision.approve() ? "approved" : "denied")
        .orElse("pending");
  }

  /** What an approval pays: the trigger's amount, else the whole claim. */
  public BigDecimal approvedAmount() {
    return triggers.decision().flatMap(ClaimTriggers.Decision::amount).orElse(amount);
  }
}
