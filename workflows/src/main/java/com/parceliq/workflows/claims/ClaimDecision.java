package com.parceliq.workflows.claims;

import com.parceliq.domain.Money;

/**
 * An operator's decision on a claim: {@code approve} (paying {@code amount}, or the whole claim
 * when null) or {@code deny}; {@code operator} names who decided, for the record.
 */
public record ClaimDecision(String decision, Money amount, String reason, String operator) {

  public static final String APPROVE = "approve";
  public static final String DENY = "deny";

  public boolean approves() {
    return APPROVE.equals(decision);
  }
}
