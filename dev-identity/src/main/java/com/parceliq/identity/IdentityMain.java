package com.parceliq.identity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * {@code java -jar parceliq-dev-identity.jar --port 8091 --data-dir DIR [--bind 127.0.0.1]
 * [--issuer URL]}; the client id and secret come from the environment (IDENTITY_CLIENT_ID,
 * IDENTITY_CLIENT_SECRET) so they stay out of {@code ps}.
 */
public final class IdentityMain {

  private IdentityMain() {}

  public static void main(String[] args) throws IOException {
    String bind = "127.0.0.1";
    int port = 8091;
    Path dataDir = Path.of(".");
    String issuer = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--bind" -> bind = args[i + 1];
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--data-dir" -> dataDir = Path.of(args[i + 1]);
        case "--issuer" -> issuer = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("every option takes a value");
    }
    String clientId = System.getenv().getOrDefault("IDENTITY_CLIENT_ID", "parceliq-dev");
    String secret = System.getenv("IDENTITY_CLIENT_SECRET");
    if (secret == null || secret.length() < 16) {
      throw new IllegalStateException(
          "IDENTITY_CLIENT_SECRET (at least 16 characters) is required; the launcher sets it");
    }
    String issuerUrl = issuer != null ? issuer : "http://" + bind + ":" + port;
    SigningKey key = SigningKey.loadOrCreate(dataDir);
    IdentityServer server =
        IdentityServer.start(
            new InetSocketAddress(bind, port),
            issuerUrl,
            key,
            new ClientCredentials(clientId, secret));
    System.out.printf(
        "dev identity provider: issuer %s, key %s, client %s (port %d)%n",
        issuerUrl, key.keyId(), clientId, server.port());
  }
}
