package com.parceliq.it.support;

import java.net.URI;

/**
 * The stack every IT talks to, configured once per JVM from the environment that {@code ./parceliq
 * test} exports (see {@link StackConfig#forIntegrationTests()} for the defaults).
 */
public final class TestStack {

  private static final StackConfig CONFIG = StackConfig.forIntegrationTests();
  private static final ApiClient API = new ApiClient(CONFIG.apiUrl());
  private static final Simulator SIMULATOR = new Simulator(new ApiClient(CONFIG.simulatorUrl()));

  private TestStack() {}

  public static StackConfig config() {
    return CONFIG;
  }

  /** The API without credentials, for requests a test authenticates (or not) itself. */
  public static ApiClient api() {
    return API;
  }

  /** The workers' HTTP port (health and metrics only): the launcher says where they listen. */
  public static ApiClient workers() {
    return new ApiClient(
        URI.create(System.getenv().getOrDefault("PARCELIQ_WORKERS_URL", "http://127.0.0.1:18081")));
  }

  public static Platform platform() {
    return new Platform(API, CONFIG.adminKey());
  }

  /** A tenant of its own for the calling test, so tests never share wallets or shipments. */
  public static Tenant newTenant() {
    return platform().newTenant();
  }

  public static Simulator simulator() {
    return SIMULATOR;
  }

  public static ServiceControl services() {
    return new ServiceControl(CONFIG);
  }
}
