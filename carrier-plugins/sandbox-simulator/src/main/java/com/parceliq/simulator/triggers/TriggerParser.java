package com.parceliq.simulator.triggers;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads triggers out of a free-text reference such as {@code "order-42, sbx:error=2,sbx:adjust"}.
 * Parts without the {@code sbx:} prefix are ordinary reference text and ignored. An {@code sbx:}
 * part that is unknown or has a bad value is refused, because a silently ignored typo would make a
 * test pass for the wrong reason.
 */
public final class TriggerParser {

  private static final String PREFIX = "sbx:";
  private static final int MAX_VALUE = 86_400;

  private TriggerParser() {}

  /** The triggers in {@code reference}; throws {@link InvalidTriggerException} on a bad one. */
  public static Triggers parse(String reference) {
    Draft draft = new Draft();
    if (reference == null || reference.isBlank()) {
      return Triggers.NONE;
    }
    for (String rawPart : reference.split(",")) {
      String part = rawPart.trim();
      if (part.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
        apply(draft, part.substring(PREFIX.length()).trim(), part);
      }
    }
    return draft.build();
  }

  private static void apply(Draft d, String body, String part) {
    int eq = body.indexOf('=');
    String name = (eq < 0 ? body : body.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
    Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1).trim());
    switch (name) {
      case "reject" -> d.reject = flag(value, part);
      case "void_reject" -> d.voidReject = flag(value, part);
      case "intercept_fail" -> d.interceptFail = flag(value, part);
      case "overbill" -> d.overbill = flag(value, part);
      case "adjust" -> d.adjust = flag(value, part);
      case "timeout" -> d.timeoutCalls = number(value, part);
      case "error" -> d.errorCalls = number(value, part);
      case "refund_delay" -> d.refundDelay = Optional.of(seconds(value, part));
      case "deliver" -> d.deliverAfter = Optional.of(seconds(value, part));
      default -> throw new InvalidTriggerException("unknown trigger " + part);
    }
  }

  private static boolean flag(Optional<String> value, String part) {
    if (value.isPresent()) {
      throw new InvalidTriggerException(part + " takes no value");
    }
    return true;
  }

  private static Duration seconds(Optional<String> value, String part) {
    return Duration.ofSeconds(number(value, part));
  }

  private static int number(Optional<String> value, String part) {
    String digits =
        value
            .filter(v -> !v.isEmpty())
            .orElseThrow(() -> new InvalidTriggerException(part + " needs a value, like =3"));
    int number;
    try {
      number = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new InvalidTriggerException(part + " needs a whole number");
    }
    if (number < 0 || number > MAX_VALUE) {
      throw new InvalidTriggerException(part + " must be between 0 and " + MAX_VALUE);
    }
    return number;
  }

  /** Collects parts before the immutable {@link Triggers} is built. */
  private static final class Draft {
    boolean reject;
    int timeoutCalls;
    int errorCalls;
    boolean voidReject;
    Optional<Duration> refundDelay = Optional.empty();
    boolean interceptFail;
    Optional<Duration> deliverAfter = Optional.empty();
    boolean overbill;
    boolean adjust;

    Triggers build() {
      return new Triggers(
          reject,
          timeoutCalls,
          errorCalls,
          voidReject,
          refundDelay,
          interceptFail,
          deliverAfter,
          overbill,
          adjust);
    }
  }
}
