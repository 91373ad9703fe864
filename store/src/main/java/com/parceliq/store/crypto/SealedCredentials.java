package com.parceliq.store.crypto;

/** Credentials as stored: encrypted under a data key, itself encrypted under master key keyId. */
public record SealedCredentials(
    String keyId, byte[] encryptedDataKey, byte[] encryptedCredentials) {

  @Override
  public String toString() {
    return "SealedCredentials[" + keyId + "]";
  }
}
