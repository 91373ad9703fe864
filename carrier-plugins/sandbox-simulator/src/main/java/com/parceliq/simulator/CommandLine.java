package com.parceliq.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Reads {@link SimulatorConfig} from arguments ({@code --port 8090} or {@code --port=8090}), then
 * environment variables, then defaults, in that order.
 */
final class CommandLine {

  static final String USAGE =
      """
      usage: java -jar parceliq-sandbox-simulator.jar [options]
        --port N           listen port (env SIMULATOR_PORT, default 8090; 0 picks a free one)
        --bind ADDRESS     listen address (env SIMULATOR_BIND, default 127.0.0.1)
        --webhook-url URL  where tracking updates are POSTed (env SIMULATOR_WEBHOOK_URL)
        --webhook-secret S  signs pushes: X-Sandbox-Signature: t=<unix s>,v1=<hex HMAC-SHA256(S, t.body)>
                           (env SIMULATOR_WEBHOOK_SECRET)
        --hang-seconds N   how long an sbx:timeout purchase hangs (default 30)
      """;

  private CommandLine() {}

  /** {@code --help}: not an error, the caller prints the usage and exits 0. */
  static final class HelpRequested extends RuntimeException {
    HelpRequested() {
      super("help requested", null, false, false);
    }
  }

  static SimulatorConfig parse(String[] args, Map<String, String> env) {
    SimulatorConfig config = SimulatorConfig.defaults();
    config = config.withPort(port(env.getOrDefault("SIMULATOR_PORT", "")));
    config = config.withBindAddress(env.getOrDefault("SIMULATOR_BIND", config.bindAddress()));
    String webhook = env.getOrDefault("SIMULATOR_WEBHOOK_URL", "");
    if (!webhook.isBlank()) {
      config = config.withWebhookUrl(url(webhook));
    }
    String secret = env.getOrDefault("SIMULATOR_WEBHOOK_SECRET", "");
    if (!secret.isBlank()) {
      config = config.withWebhookSecret(secret.strip());
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (name.equals("--help") || name.equals("-h")) {
        throw new HelpRequested();
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      config =
          switch (name) {
            case "--port" -> config.withPort(port(value));
            case "--bind" -> config.withBindAddress(value);
            case "--webhook-url" -> config.withWebhookUrl(url(value));
            case "--webhook-secret" -> config.withWebhookSecret(value.strip());
            case "--hang-seconds" -> config.withHang(Duration.ofSeconds(number(name, value)));
            default -> throw new IllegalArgumentException("unknown option " + name);
          };
    }
    return config;
  }

  private static int port(String value) {
    if (value.isBlank()) {
      return SimulatorConfig.DEFAULT_PORT;
    }
    int port = number("--port", value);
    if (port > 65_535) {
      throw new IllegalArgumentException("--port must be 0 to 65535");
    }
    return port;
  }

  private static int number(String name, String value) {
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(name + " needs a whole number, got " + value);
  }

  private static URI url(String value) {
    URI uri = URI.create(value.trim());
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("webhook URL must be http(s): " + value);
    }
    return uri;
  }
}
