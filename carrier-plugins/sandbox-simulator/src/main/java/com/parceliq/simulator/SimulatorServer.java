package com.parceliq.simulator;

import com.parceliq.simulator.handlers.AddressHandler;
import com.parceliq.simulator.handlers.ClaimHandler;
import com.parceliq.simulator.handlers.ClaimStatusHandler;
import com.parceliq.simulator.handlers.HealthHandler;
import com.parceliq.simulator.handlers.InvoiceHandler;
import com.parceliq.simulator.handlers.ManifestHandler;
import com.parceliq.simulator.handlers.OutageHandler;
import com.parceliq.simulator.handlers.PickupCancelHandler;
import com.parceliq.simulator.handlers.PickupHandler;
import com.parceliq.simulator.handlers.PickupRatesHandler;
import com.parceliq.simulator.handlers.PurchaseHandler;
import com.parceliq.simulator.handlers.RatesHandler;
import com.parceliq.simulator.handlers.RerouteHandler;
import com.parceliq.simulator.handlers.ResetHandler;
import com.parceliq.simulator.handlers.ShipmentHandler;
import com.parceliq.simulator.handlers.StatsHandler;
import com.parceliq.simulator.handlers.TrackingHandler;
import com.parceliq.simulator.handlers.VoidHandler;
import com.parceliq.simulator.http.HttpDispatcher;
import com.parceliq.simulator.http.Router;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.webhook.WebhookPusher;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running simulator: a JDK HTTP server with one virtual thread per request, so a purchase that
 * hangs for sbx:timeout costs nothing. Also what tests start in-process on a random port.
 */
public final class SimulatorServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final WebhookPusher pusher;

  private SimulatorServer(HttpServer server, ExecutorService executor, WebhookPusher pusher) {
    this.server = server;
    this.executor = executor;
    this.pusher = pusher;
  }

  public static SimulatorServer start(SimulatorConfig config) throws IOException {
    SimulatorState state = new SimulatorState(config.clock());
    WebhookPusher pusher =
        new WebhookPusher(config.webhookUrl(), config.webhookSecret(), config.clock());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext(
        "/", new HttpDispatcher(routes(state, pusher, config), path -> outage(state, path)));
    server.start();
    return new SimulatorServer(server, executor, pusher);
  }

  private static Router routes(SimulatorState state, WebhookPusher pusher, SimulatorConfig config) {
    return new Router()
        .add("GET", "/health", new HealthHandler())
        .add("POST", "/v1/addresses/verify", new AddressHandler())
        .add("POST", "/v1/rates", new RatesHandler())
        .add("POST", "/v1/shipments", new PurchaseHandler(state, pusher, config.hang()))
        .add("GET", "/v1/shipments/{id}", new ShipmentHandler(state))
        .add("POST", "/v1/shipments/{id}/void", new VoidHandler(state))
        .add("POST", "/v1/shipments/{id}/reroute", new RerouteHandler(state, pusher))
        .add("GET", "/v1/tracking/{tracking_code}", new TrackingHandler(state))
        .add("POST", "/v1/pickups/rates", new PickupRatesHandler(state))
        .add("POST", "/v1/pickups", new PickupHandler(state))
        .add("POST", "/v1/pickups/{id}/cancel", new PickupCancelHandler(state))
        .add("POST", "/v1/manifests", new ManifestHandler(state))
        .add("POST", "/v1/claims", new ClaimHandler(state))
        .add("GET", "/v1/claims/{id}", new ClaimStatusHandler(state))
        .add("POST", "/_control/outage", new OutageHandler(state))
        .add("POST", "/_control/reset", new ResetHandler(state))
        .add("GET", "/_control/stats", new StatsHandler(state))
        .add("GET", "/_control/invoice", new InvoiceHandler(state));
  }

  /** Control calls and liveness stay up during an outage, or nobody could end or observe it. */
  private static OptionalLong outage(SimulatorState state, String path) {
    if (path.startsWith("/_control/") || path.equals("/health")) {
      return OptionalLong.empty();
    }
    return state.outage().secondsLeft(state.now());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Such as {@code http://127.0.0.1:8090}. */
  public URI baseUri() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
  }

  /** Stops at once; purchases still hanging for sbx:timeout are interrupted. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    pusher.close();
  }
}
