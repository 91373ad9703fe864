package com.parceliq.store.crypto;

/**
 * A fresh data key: {@code plaintext} to encrypt with (then forgotten), {@code encrypted} to store.
 * Never printed.
 */
public record DataKey(String keyId, byte[] plaintext, byte[] encrypted) {

  @Override
  public String toString() {
    return "DataKey[" + keyId + "]";
  }
}
