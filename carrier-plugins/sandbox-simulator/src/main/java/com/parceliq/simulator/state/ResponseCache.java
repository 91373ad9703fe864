package com.parceliq.simulator.state;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiResponse;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency for the side-effecting calls other than purchase (reroute, pickup, manifest): the
 * first successful answer for a key is replayed to every later call with that key. Refusals are not
 * stored, so a corrected retry with the same key can still succeed.
 */
public final class ResponseCache {

  /** The work behind one call; runs at most once per key while it keeps succeeding. */
  @FunctionalInterface
  public interface Call {
    ApiResponse run() throws ApiException;
  }

  private final ConcurrentHashMap<String, ApiResponse> responses = new ConcurrentHashMap<>();
  private final KeyedLocks keyLocks = new KeyedLocks();

  public ApiResponse once(String scope, Optional<String> idempotencyKey, Call call)
      throws ApiException {
    if (idempotencyKey.isEmpty()) {
      return call.run();
    }
    String key = scope + ":" + idempotencyKey.get();
    return keyLocks.withLock(
        key,
        () -> {
          ApiResponse previous = responses.get(key);
          if (previous != null) {
            return previous.withStatus(200).withHeader("Idempotent-Replayed", "true");
          }
          ApiResponse response = call.run();
          responses.put(key, response);
          return response;
        });
  }

  public void clear() {
    responses.clear();
    keyLocks.clear();
  }
}
