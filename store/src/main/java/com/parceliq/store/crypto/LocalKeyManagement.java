package com.parceliq.store.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;

/**
 * Key management with the master key from configuration ({@code parceliq.crypto.master-key}, 32
 * bytes in base64, and its name {@code parceliq.crypto.key-id}). The launcher generates one per
 * installation; production supplies it from a secret store, or swaps in a KMS-backed {@link
 * KeyManagement}.
 */
public final class LocalKeyManagement implements KeyManagement {

  private final String keyId;
  private final SecretKey masterKey;

  public LocalKeyManagement(String keyId, String base64MasterKey) {
    this.keyId = keyId;
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64MasterKey.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parceliq.crypto.master-key is not base64", e);
    }
    if (raw.length != 32) {
      throw new IllegalStateException(
          "parceliq.crypto.master-key must be 32 bytes (base64 of 32 random bytes), not "
              + raw.length);
    }
    this.masterKey = Aes.key(raw);
  }

  @Override
  public DataKey generateDataKey() {
    byte[] plain = Aes.randomKey();
    return new DataKey(keyId, plain, Aes.encrypt(masterKey, plain, context(keyId)));
  }

  @Override
  public byte[] decryptDataKey(String dataKeyId, byte[] encrypted) {
    if (!keyId.equals(dataKeyId)) {
      throw new IllegalStateException(
          "data key was made under master key '"
              + dataKeyId
              + "', this service has '"
              + keyId
              + "'");
    }
    return Aes.decrypt(masterKey, encrypted, context(dataKeyId));
  }

  private static byte[] context(String keyId) {
    return ("parceliq-data-key/" + keyId).getBytes(StandardCharsets.UTF_8);
  }
}
