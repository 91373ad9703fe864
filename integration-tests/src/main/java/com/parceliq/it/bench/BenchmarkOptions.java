package com.parceliq.it.bench;

/**
 * Command line of the benchmark: {@code --count N} measured buys (default 100) and {@code --warmup
 * N} unmeasured buys before them (default 5) so JIT compilation and connection set-up on a freshly
 * started stack do not count as purchase latency.
 */
record BenchmarkOptions(int count, int warmup) {

  static final String USAGE = "usage: BuyLatencyBenchmark [--count N] [--warmup N]";

  static BenchmarkOptions parse(String[] args) {
    int count = 100;
    int warmup = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = positiveInt(args, ++i, 1);
        case "--warmup" -> warmup = positiveInt(args, ++i, 0);
        case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    return new BenchmarkOptions(count, warmup);
  }

  private static int positiveInt(String[] args, int index, int minimum) {
    if (index >= args.length) {
      throw new IllegalArgumentException("missing value for " + args[index - 1] + "\n" + USAGE);
    }
    try {
      int value = Integer.parseInt(args[index]);
      if (value < minimum) {
        throw new IllegalArgumentException(args[index - 1] + " must be at least " + minimum);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + args[index] + "\n" + USAGE, e);
    }
  }
}
