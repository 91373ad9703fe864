package com.parceliq.api.wallet;

import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.domain.IdPrefix;

/**
 * Deposit ids. With an Idempotency-Key the id is derived from tenant and key, so the deposit
 * workflow id is the same on every retry and Temporal refuses to post the money twice, even when
 * the first attempt's answer was lost (a 503 releases the idempotency record).
 */
public final class DepositIds {

  private DepositIds() {}

  public static String forRequest(String tenantId, String idempotencyKey) {
    return KeyedIds.forRequest(IdPrefix.DEPOSIT, tenantId, idempotencyKey);
  }

  static String derived(String tenantId, String idempotencyKey) {
    return KeyedIds.derived(IdPrefix.DEPOSIT, tenantId, idempotencyKey);
  }
}
