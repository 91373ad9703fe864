package com.parceliq.it.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sandbox triggers a new shipment's reference carries: most shipments are plain, the rest make
 * the carrier slow, flaky, refuse, deliver (tracking updates) or confirm refunds late, so every
 * path of the purchase, void and tracking workflows runs while faults hit them.
 */
final class References {

  private References() {}

  static String next(Random random, long sequence) {
    List<String> parts = new ArrayList<>();
    parts.add("chaos-" + sequence);
    int roll = random.nextInt(100);
    if (roll < 25) {
      parts.add("sbx:deliver=" + (2 + random.nextInt(9)));
    } else if (roll < 40) {
      parts.add("sbx:error=" + (1 + random.nextInt(2)));
    } else if (roll < 48) {
      parts.add("sbx:timeout=1");
    } else if (roll < 52) {
      parts.add("sbx:reject");
    }
    if (random.nextInt(100) < 15) {
      parts.add("sbx:refund_delay=" + (2 + random.nextInt(7)));
    }
    return String.join(",", parts);
  }
}
