package com.parceliq.activities.invoicing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums a statement as its lines go by: per ledger kind, and the running balance from the opening.
 * {@link #requireBalanced} is the statement's proof: the opening balance plus every change must be
 * the closing balance the ledger reports, to the cent.
 */
final class StatementTotals {

  private final BigDecimal opening;
  private final Map<String, BigDecimal> byKind = new TreeMap<>();
  private BigDecimal running;
  private int lines;

  StatementTotals(BigDecimal opening) {
    this.opening = opening.setScale(2);
    this.running = this.opening;
  }

  /** Adds a line's change; returns the balance after it. */
  BigDecimal add(String kind, BigDecimal change) {
    byKind.merge(kind, change.setScale(2), BigDecimal::add);
    running = running.add(change);
    lines++;
    return running.setScale(2);
  }

  BigDecimal opening() {
    return opening;
  }

  /** The closing balance as the lines add up to it. */
  BigDecimal computedClosing() {
    return running.setScale(2);
  }

  Map<String, BigDecimal> byKind() {
    return Map.copyOf(byKind);
  }

  int lines() {
    return lines;
  }

  /** Throws {@link UnbalancedStatement} unless the lines add up to {@code ledgerClosing}. */
  void requireBalanced(String tenantId, String period, BigDecimal ledgerClosing) {
    if (computedClosing().compareTo(ledgerClosing) != 0) {
      throw new UnbalancedStatement(
          "statement of %s for %s does not balance: opening %s + changes %s = %s, but the ledger's closing balance is %s"
              .formatted(
                  tenantId,
                  period,
                  opening.toPlainString(),
                  computedClosing().subtract(opening).toPlainString(),
                  computedClosing().toPlainString(),
                  ledgerClosing.toPlainString()));
    }
  }

  /** The statement's sums disagree with the ledger: a bug to look at, never to retry. */
  static final class UnbalancedStatement extends RuntimeException {
    UnbalancedStatement(String message) {
      super(message);
    }
  }
}
