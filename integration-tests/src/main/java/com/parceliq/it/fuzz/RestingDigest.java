package com.parceliq.it.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Waits until a tenant's rows stop changing: the victim's own workflows (rating, event fan-out, the
 * deposit's postings) finish shortly after the API answered, and a digest taken while they run
 * would blame the fuzzer for their writes.
 */
final class RestingDigest {

  private static final Duration PAUSE = Duration.ofSeconds(2);
  private static final int MAX_ROUNDS = 60;

  private RestingDigest() {}

  static Map<String, String> await(
      TenantRowsDigest digest, String tenantId, List<String> principals) throws Exception {
    Map<String, String> previous = digest.of(tenantId, principals);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Thread.sleep(PAUSE);
      Map<String, String> current = digest.of(tenantId, principals);
      if (current.equals(previous)) {
        return current;
      }
      previous = current;
    }
    throw new IllegalStateException(
        "the victim's rows still changed after " + MAX_ROUNDS + " rounds: " + previous);
  }
}
