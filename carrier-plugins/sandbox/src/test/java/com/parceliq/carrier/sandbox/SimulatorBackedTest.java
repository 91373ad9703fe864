package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.simulator.SimulatorConfig;
import com.parceliq.simulator.SimulatorServer;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts the real carrier simulator in-process on a free port and a plugin pointed at it, created
 * through the factory exactly as the workers create it.
 */
abstract class SimulatorBackedTest {

  protected static SimulatorServer simulator;
  protected static SimulatorControl control;
  protected static CarrierPlugin plugin;

  @BeforeAll
  static void startSimulator() throws IOException {
    // The hang only has to outlast the short client timeout of the timeout test.
    simulator =
        SimulatorServer.start(
            SimulatorConfig.defaults().withPort(0).withHang(Duration.ofSeconds(5)));
    control = new SimulatorControl(simulator.baseUri());
    plugin = pluginWith(Map.of());
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void resetSimulator() {
    control.reset();
  }

  /** A plugin against the running simulator with extra settings (such as a short timeout). */
  static CarrierPlugin pluginWith(Map<String, String> extra) {
    Map<String, String> settings = new java.util.HashMap<>(extra);
    settings.put("base-url", simulator.baseUri().toString());
    return new SandboxCarrierPluginFactory()
        .create(SandboxCarrierPluginFactoryTest.settings(settings), CarrierAccount.platform());
  }

  static PurchaseRequest purchase(String reference) {
    return purchase(reference, UUID.randomUUID().toString());
  }

  static PurchaseRequest purchase(String reference, String idempotencyKey) {
    return new PurchaseRequest(
        idempotencyKey,
        Fixtures.ALICE,
        Fixtures.BOB,
        Fixtures.PARCEL,
        "ground",
        reference,
        LabelFormat.PDF);
  }
}
