package com.parceliq.store.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce stored in front of the ciphertext. The associated data
 * binds a ciphertext to where it belongs: copied elsewhere, it no longer decrypts.
 */
final class Aes {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aes() {}

  static SecretKey key(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + raw.length);
    }
    return new SecretKeySpec(raw, "AES");
  }

  static byte[] randomKey() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    return raw;
  }

  static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  static byte[] decrypt(SecretKey key, byte[] nonceAndCiphertext, byte[] associatedData) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, nonceAndCiphertext, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(
          nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      // Wrong key, tampered bytes or a ciphertext moved to another row: all mean "not ours".
      throw new IllegalStateException("sealed data does not open with this key and context", e);
    }
  }
}
