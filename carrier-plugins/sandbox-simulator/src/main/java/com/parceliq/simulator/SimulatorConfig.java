package com.parceliq.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the simulator. {@code hang} is how long a purchase hit by sbx:timeout waits before it
 * answers: longer than any sane client timeout. {@code clock} is replaceable so tests can move
 * time.
 */
public record SimulatorConfig(
    String bindAddress,
    int port,
    Optional<URI> webhookUrl,
    Optional<String> webhookSecret,
    Duration hang,
    Clock clock) {

  public static final int DEFAULT_PORT = 8090;
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final Duration DEFAULT_HANG = Duration.ofSeconds(30);

  public static SimulatorConfig defaults() {
    return new SimulatorConfig(
        DEFAULT_BIND,
        DEFAULT_PORT,
        Optional.empty(),
        Optional.empty(),
        DEFAULT_HANG,
        Clock.systemUTC());
  }

  /** Port 0 picks a free port, which is what tests want. */
  public SimulatorConfig withPort(int newPort) {
    return new SimulatorConfig(bindAddress, newPort, webhookUrl, webhookSecret, hang, clock);
  }

  public SimulatorConfig withBindAddress(String newBindAddress) {
    return new SimulatorConfig(newBindAddress, port, webhookUrl, webhookSecret, hang, clock);
  }

  public SimulatorConfig withWebhookUrl(URI url) {
    return new SimulatorConfig(bindAddress, port, Optional.of(url), webhookSecret, hang, clock);
  }

  /** Pushes are signed with this secret (X-Sandbox-Signature); without one they go unsigned. */
  public SimulatorConfig withWebhookSecret(String secret) {
    return new SimulatorConfig(bindAddress, port, webhookUrl, Optional.of(secret), hang, clock);
  }

  public SimulatorConfig withHang(Duration newHang) {
    return new SimulatorConfig(bindAddress, port, webhookUrl, webhookSecret, newHang, clock);
  }

  public SimulatorConfig withClock(Clock newClock) {
    return new SimulatorConfig(bindAddress, port, webhookUrl, webhookSecret, hang, newClock);
  }
}
