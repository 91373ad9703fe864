package com.parceliq.store.crypto;

/**
 * The key-management service holding the master key, shaped like AWS KMS's GenerateDataKey and
 * Decrypt so a KMS-backed implementation can replace the local one without touching callers: the
 * master key never leaves the service, only data keys (encrypted under it) are stored beside the
 * data.
 */
public interface KeyManagement {

  /** A new 256-bit data key, in plain and encrypted under the current master key. */
  DataKey generateDataKey();

  /** The plain data key of {@code encrypted}, made under master key {@code keyId}. */
  byte[] decryptDataKey(String keyId, byte[] encrypted);
}
