package com.parceliq.simulator.triggers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How the simulated claims desk decides a claim, read from its description: {@code
 * sbx:claim_approve=SECONDS[:AMOUNT]} approves after SECONDS (paying AMOUNT, or the whole claim),
 * {@code sbx:claim_deny=SECONDS} denies after SECONDS; without either the claim stays pending for
 * ever. Other {@code sbx:} parts are left to the label triggers; a bad claim trigger is refused.
 */
public record ClaimTriggers(Optional<Decision> decision) {

  /** A decision the desk takes {@code after} the claim was filed. */
  public record Decision(boolean approve, Duration after, Optional<BigDecimal> amount) {}

  public static final ClaimTriggers NONE = new ClaimTriggers(Optional.empty());

  private static final String PREFIX = "sbx:claim_";
  private static final int MAX_SECONDS = 86_400;

  public static ClaimTriggers parse(String description) {
    if (description == null) {
      return NONE;
    }
    Optional<Decision> decision = Optional.empty();
    for (String raw : description.split("[,\\s]+")) {
      String part = raw.trim();
      if (!part.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
        continue;
      }
      if (decision.isPresent()) {
        throw new InvalidTriggerException("only one claim trigger may be given; also got " + part);
      }
      decision = Optional.of(decision(part));
    }
    return new ClaimTriggers(decision);
  }

  private static Decision decision(String part) {
    String body = part.substring(PREFIX.length());
    int eq = body.indexOf('=');
    if (eq < 0) {
      throw new InvalidTriggerException(part + " needs a value, like =3");
    }
    String name = body.substring(0, eq).toLowerCase(Locale.ROOT);
    String[] value = body.substring(eq + 1).split(":", -1);
    return switch (name) {
      case "approve" -> {
        if (value.length > 2) {
          throw new InvalidTriggerException(part + " is SECONDS or SECONDS:AMOUNT");
        }
        yield new Decision(
            true,
            seconds(value[0], part),
            value.length == 2 ? Optional.of(amount(value[1], part)) : Optional.empty());
      }
      case "deny" -> {
        if (value.length != 1) {
          throw new InvalidTriggerException(part + " takes SECONDS only");
        }
        yield new Decision(false, seconds(value[0], part), Optional.empty());
      }
      default -> throw new InvalidTriggerException("unknown claim trigger " + part);
    };
  }

  private static Duration seconds(String digits, String part) {
    try {
      int seconds = Integer.parseInt(digits);
      if (seconds < 0 || seconds > MAX_SECONDS) {
        throw new InvalidTriggerException(part + " must wait between 0 and " + MAX_SECONDS + " s");
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new InvalidTriggerException(part + " needs whole seconds");
    }
  }

  private static BigDecimal amount(String text, String part) {
    try {
      BigDecimal amount = new BigDecimal(text);
      if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
        throw new InvalidTriggerException(part + " needs a positive amount with two decimals");
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      throw new InvalidTriggerException(part + " needs an amount such as 25.00");
    }
  }
}
