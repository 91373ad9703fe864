package com.parceliq.it.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * The API never answered 500 (nor any 5xx but 503), and every 503 carried Retry-After: one
 * violation per offending answer, the first ones with the whole exchange.
 */
public final class ResponseInvariant {

  static final String NAME = "responses";

  private ResponseInvariant() {}

  public static List<Violation> check(ResponseTally tally) {
    List<Violation> violations = new ArrayList<>();
    List<ResponseTally.Offence> kept = tally.offences();
    long total = tally.offenceCounts().total();
    for (long i = 0; i < total; i++) {
      if (i < kept.size()) {
        ResponseTally.Offence offence = kept.get((int) i);
        violations.add(new Violation(NAME, "HTTP " + offence.status(), offence.exchange()));
      } else {
        violations.add(new Violation(NAME, "HTTP 5xx", "one more such answer (not kept)"));
      }
    }
    return violations;
  }
}
