package com.parceliq.api.authz;

/**
 * What a policy decision point answers. Only {@link Outcome#ALLOW} lets a request through: a {@link
 * Outcome#DENY} is a 403, an {@link Outcome#UNAVAILABLE} (the PDP could not decide: an error, a
 * timeout, a malformed answer) a 503 — and still a deny.
 */
public record Decision(Outcome outcome, String reason) {

  public enum Outcome {
    ALLOW,
    DENY,
    UNAVAILABLE
  }

  public static Decision allow(String reason) {
    return new Decision(Outcome.ALLOW, reason);
  }

  public static Decision deny(String reason) {
    return new Decision(Outcome.DENY, reason);
  }

  public static Decision unavailable(String reason) {
    return new Decision(Outcome.UNAVAILABLE, reason);
  }

  public boolean allowed() {
    return outcome == Outcome.ALLOW;
  }
}
