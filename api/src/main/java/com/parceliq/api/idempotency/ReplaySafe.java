package com.parceliq.api.idempotency;

/**
 * An answer that holds a secret shown only once (an API key). Only its redacted form is stored for
 * replay, because idempotency records are not a place for plaintext secrets.
 */
public interface ReplaySafe {

  Object redactedForReplay();
}
