package com.parceliq.it.chaos;

import java.time.Duration;

/**
 * The harness's flags. The defaults make a run of about three minutes on a laptop-sized machine;
 * the documented long run raises {@code --operations}, {@code --duration} and {@code
 * --worker-kills} (docs/reliability.md).
 *
 * @param operations client operations to perform at least
 * @param duration the window over which the faults are spread
 * @param workerKills how many times the workers are SIGKILLed (and restarted)
 * @param concurrency concurrent client workers
 * @param seed seeds every random choice, so a run's workload and fault plan can be replayed
 * @param tenants tenants the workload is spread over
 * @param settle how long the end of the run waits for the stack to settle before checking
 */
public record ChaosOptions(
    int operations,
    Duration duration,
    int workerKills,
    int concurrency,
    long seed,
    int tenants,
    Duration settle) {

  public static ChaosOptions defaults() {
    return new ChaosOptions(
        300, Duration.ofMinutes(2), 3, 4, System.nanoTime(), 3, Duration.ofMinutes(4));
  }

  /** {@code --operations 2000 --duration 15m --worker-kills 20 --concurrency 6 --seed 42}. */
  public static ChaosOptions parse(String[] args) {
    ChaosOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("flag " + flag + " needs a value");
      }
      String value = args[++i];
      options =
          switch (flag) {
            case "--operations" -> options.with(Integer.parseInt(value), null, -1, -1, null, -1);
            case "--duration" -> options.with(-1, parseDuration(value), -1, -1, null, -1);
            case "--worker-kills" -> options.with(-1, null, Integer.parseInt(value), -1, null, -1);
            case "--concurrency" -> options.with(-1, null, -1, Integer.parseInt(value), null, -1);
            case "--seed" -> options.with(-1, null, -1, -1, Long.parseLong(value), -1);
            case "--tenants" -> options.with(-1, null, -1, -1, null, Integer.parseInt(value));
            case "--settle" ->
                new ChaosOptions(
                    options.operations,
                    options.duration,
                    options.workerKills,
                    options.concurrency,
                    options.seed,
                    options.tenants,
                    parseDuration(value));
            default -> throw new IllegalArgumentException("unknown flag " + flag);
          };
    }
    return options;
  }

  private ChaosOptions with(
      int ops, Duration window, int kills, int workers, Long randomSeed, int tenantCount) {
    return new ChaosOptions(
        ops >= 0 ? ops : operations,
        window != null ? window : duration,
        kills >= 0 ? kills : workerKills,
        workers > 0 ? workers : concurrency,
        randomSeed != null ? randomSeed : seed,
        tenantCount > 0 ? tenantCount : tenants,
        settle);
  }

  /** {@code 90s}, {@code 15m}, {@code 1h} or an ISO-8601 duration. */
  static Duration parseDuration(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("p")) {
      return Duration.parse(text);
    }
    long amount = Long.parseLong(lower.substring(0, lower.length() - 1));
    return switch (lower.charAt(lower.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> throw new IllegalArgumentException("duration like 90s, 15m or 1h: " + text);
    };
  }
}
