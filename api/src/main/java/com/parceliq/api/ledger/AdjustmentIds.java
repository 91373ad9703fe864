package com.parceliq.api.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The id of one adjustment, naming its workflow and its ledger key. With an Idempotency-Key it is
 * derived from tenant and key, so a retry whose first answer was lost joins the same workflow and
 * the ledger posts once.
 */
final class AdjustmentIds {

  private AdjustmentIds() {}

  static String forRequest(String tenantId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return UUID.randomUUID().toString();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((tenantId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
