package com.parceliq.store.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Envelope encryption of carrier credentials: each account's credentials under a data key of their
 * own, the data key under the master key. The owner ({@code tenantId/accountId}) is authenticated
 * with the ciphertext, so a sealed value copied into another account's row does not open.
 */
public final class CredentialSealer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> CREDENTIALS = new TypeReference<>() {};

  private final KeyManagement keys;

  public CredentialSealer(KeyManagement keys) {
    this.keys = keys;
  }

  public SealedCredentials seal(
      Map<String, String> credentials, String tenantId, String accountId) {
    DataKey dataKey = keys.generateDataKey();
    try {
      byte[] plain = JSON.writeValueAsBytes(credentials);
      byte[] sealed = Aes.encrypt(Aes.key(dataKey.plaintext()), plain, owner(tenantId, accountId));
      Arrays.fill(plain, (byte) 0);
      return new SealedCredentials(dataKey.keyId(), dataKey.encrypted(), sealed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("credentials do not serialize", e);
    } finally {
      Arrays.fill(dataKey.plaintext(), (byte) 0);
    }
  }

  public Map<String, String> open(SealedCredentials sealed, String tenantId, String accountId) {
    byte[] dataKey = keys.decryptDataKey(sealed.keyId(), sealed.encryptedDataKey());
    try {
      byte[] plain =
          Aes.decrypt(Aes.key(dataKey), sealed.encryptedCredentials(), owner(tenantId, accountId));
      return JSON.readValue(plain, CREDENTIALS);
    } catch (IOException e) {
      throw new IllegalStateException("opened credentials are not a JSON object", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private static byte[] owner(String tenantId, String accountId) {
    return ("carrier-account/" + tenantId + "/" + accountId).getBytes(StandardCharsets.UTF_8);
  }
}
