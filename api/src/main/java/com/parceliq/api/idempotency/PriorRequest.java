package com.parceliq.api.idempotency;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import java.time.Instant;

/**
 * A request that already claimed the key, and what a new request with the same key gets because of
 * it: a replay of its answer, or a refusal.
 */
public record PriorRequest(
    String requestHash, boolean completed, StoredAnswer answer, Instant createdAt) {

  /** What to do with a new request with this fingerprint; throws when it must be refused. */
  public StoredAnswer replayFor(String newRequestHash) {
    if (!requestHash.equals(newRequestHash)) {
      throw new ApiException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was already used for a different request. Use a new key.");
    }
    if (!completed) {
      throw new ApiException(
          ErrorCode.IDEMPOTENCY_IN_FLIGHT,
          "A request with this Idempotency-Key is still in progress. Retry shortly.");
    }
    return answer;
  }

  /** An in-flight claim older than this was abandoned (its API process died) and may be taken. */
  public boolean isAbandoned(Instant now, java.time.Duration expiry) {
    return !completed && createdAt.isBefore(now.minus(expiry));
  }
}
