package com.parceliq.temporal.wiring;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/**
 * The TLS context of the Temporal connection: a client certificate for mTLS (a self-hosted cluster
 * or a Temporal Cloud namespace with CA-based auth) and, for a cluster with a private CA, the
 * certificates to trust. Every failure names the configuration key of the file at fault, so a bad
 * mount shows up at start as a readable message rather than as a handshake error later.
 */
final class TemporalTls {

  private TemporalTls() {}

  static SslContext sslContext(TemporalSettings settings) {
    SslContextBuilder builder = GrpcSslContexts.forClient();
    if (settings.clientCert().isPresent()) {
      Path cert = settings.clientCert().orElseThrow();
      Path key = settings.clientKey().orElseThrow();
      try (InputStream certIn = open(cert, TemporalSettings.TLS_CLIENT_CERT);
          InputStream keyIn = open(key, TemporalSettings.TLS_CLIENT_KEY)) {
        builder.keyManager(certIn, keyIn);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot use the Temporal client certificate "
                + cert
                + " ("
                + TemporalSettings.TLS_CLIENT_CERT
                + ") with the PKCS#8 PEM key "
                + key
                + " ("
                + TemporalSettings.TLS_CLIENT_KEY
                + "): "
                + e.getMessage(),
            e);
      }
    }
    if (settings.serverCa().isPresent()) {
      Path ca = settings.serverCa().orElseThrow();
      try (InputStream caIn = open(ca, TemporalSettings.TLS_SERVER_CA)) {
        builder.trustManager(caIn);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot use the Temporal server CA "
                + ca
                + " ("
                + TemporalSettings.TLS_SERVER_CA
                + "): "
                + e.getMessage(),
            e);
      }
    }
    try {
      return builder.build();
    } catch (SSLException e) {
      throw new IllegalArgumentException("cannot build the Temporal TLS context: " + e, e);
    }
  }

  private static InputStream open(Path file, String key) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (" + key + ")", e);
    }
  }
}
