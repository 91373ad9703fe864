package com.parceliq.identity;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The issuer's RSA key: generated on first start and kept (PKCS#8, owner-only) in the data
 * directory, so tokens stay valid across restarts. Its key id is derived from the public key.
 */
public record SigningKey(RSAPrivateCrtKey privateKey, String keyId) {

  public static final String FILE_NAME = "signing-key.pk8";
  private static final int KEY_BITS = 2048;

  public static SigningKey loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      Files.createDirectories(dataDir);
      Path tmp = Files.createTempFile(dataDir, "signing-key", ".tmp");
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.write(tmp, generate().getPrivate().getEncoded());
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
    return load(file);
  }

  public static SigningKey load(Path file) throws IOException {
    try {
      RSAPrivateCrtKey key =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
      return new SigningKey(key, keyIdOf(key.getModulus()));
    } catch (GeneralSecurityException e) {
      throw new IOException(file + " is not an RSA private key", e);
    }
  }

  /** A fresh key that no issuer publishes, e.g. to forge tokens in tests. */
  public static SigningKey ephemeral() {
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) generate().getPrivate();
    return new SigningKey(key, keyIdOf(key.getModulus()));
  }

  /** The public half as a JWK (RFC 7517), for the JWKS document. */
  public Map<String, Object> publicJwk() {
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("use", "sig");
    jwk.put("alg", "RS256");
    jwk.put("kid", keyId);
    jwk.put("n", JwtSigner.base64url(unsigned(privateKey.getModulus())));
    jwk.put("e", JwtSigner.base64url(unsigned(privateKey.getPublicExponent())));
    return jwk;
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM generates RSA keys", e);
    }
  }

  private static String keyIdOf(BigInteger modulus) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(unsigned(modulus));
      return JwtSigner.base64url(Arrays.copyOf(digest, 12));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  /** Big-endian magnitude without the sign byte BigInteger adds, as JWK wants it. */
  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
