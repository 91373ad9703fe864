package com.parceliq.simulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs one real simulator per test class on a free port, with a hand-moved clock and a short hang
 * so sbx:timeout tests stay quick. Every test starts from a reset.
 */
public abstract class SimulatorTestBase {

  protected static final Instant START = Instant.parse("2026-03-02T15:00:00Z");
  protected static MutableClock clock;
  protected static SimulatorServer server;
  protected static SimulatorClient client;

  @BeforeAll
  static void startSimulator() throws IOException {
    clock = new MutableClock(START);
    server =
        SimulatorServer.start(
            SimulatorConfig.defaults()
                .withPort(0)
                .withClock(clock)
                .withHang(Duration.ofSeconds(2)));
    client = new SimulatorClient(server.baseUri());
  }

  @AfterAll
  static void stopSimulator() {
    server.close();
  }

  @BeforeEach
  void resetSimulator() {
    clock.set(START);
    client.post("/_control/reset", "{}");
  }
}
