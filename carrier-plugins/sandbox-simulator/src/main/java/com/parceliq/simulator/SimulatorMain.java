package com.parceliq.simulator;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar parceliq-sandbox-simulator.jar --port 8090}: runs until the process is stopped.
 */
public final class SimulatorMain {

  private SimulatorMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    SimulatorConfig config;
    try {
      config = CommandLine.parse(args, System.getenv());
    } catch (CommandLine.HelpRequested e) {
      System.out.print(CommandLine.USAGE);
      return;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    SimulatorServer server;
    try {
      server = SimulatorServer.start(config);
    } catch (BindException e) {
      // The launcher shows this line; a stack trace would hide the one fact that matters.
      System.err.println(
          "cannot listen on " + config.bindAddress() + ":" + config.port() + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    System.out.println(
        "ParcelIQ carrier simulator listening on "
            + server.baseUri()
            + config.webhookUrl().map(url -> " (tracking webhooks to " + url + ")").orElse(""));
    stopped.await();
  }
}
