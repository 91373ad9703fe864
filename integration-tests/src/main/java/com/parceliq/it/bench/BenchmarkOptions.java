package com.parceliq.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Command line of the benchmark.
 *
 * @param levels concurrency levels, run in this order ({@code --levels 1,8,32})
 * @param count measured purchases per level and per system ({@code --count N}, default 200)
 * @param warmup unmeasured purchases before each level ({@code --warmup N}); when absent, as many
 *     as the level's concurrency and at least 5, so JIT compilation, connection pools and worker
 *     threads are warm for that level before anything is timed
 * @param breakdown purchases per level whose workflow history is read to show where the time goes
 *     ({@code --breakdown N}, default 5; 0 skips it)
 * @param bare whether to run the bare Temporal baseline ({@code --no-bare} skips it)
 */
record BenchmarkOptions(
    List<Integer> levels, int count, OptionalInt warmup, int breakdown, boolean bare) {

  static final String USAGE =
      "usage: PurchaseBenchmark [--levels 1,8,32] [--count N] [--warmup N] [--breakdown N]"
          + " [--no-bare]";

  static final List<Integer> DEFAULT_LEVELS = List.of(1, 8, 32);
  static final int DEFAULT_COUNT = 200;
  static final int DEFAULT_BREAKDOWN = 5;
  private static final int MINIMUM_WARMUP = 5;

  BenchmarkOptions {
    levels = List.copyOf(levels);
  }

  static BenchmarkOptions defaults() {
    return new BenchmarkOptions(
        DEFAULT_LEVELS, DEFAULT_COUNT, OptionalInt.empty(), DEFAULT_BREAKDOWN, true);
  }

  /** Unmeasured purchases before a level: the explicit {@code --warmup}, else one wave at least. */
  int warmupFor(int level) {
    return warmup.orElse(Math.max(MINIMUM_WARMUP, level));
  }

  static BenchmarkOptions parse(String[] args) {
    List<Integer> levels = DEFAULT_LEVELS;
    int count = DEFAULT_COUNT;
    OptionalInt warmup = OptionalInt.empty();
    int breakdown = DEFAULT_BREAKDOWN;
    boolean bare = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--levels" -> levels = levels(args, ++i);
        case "--count" -> count = intValue(args, ++i, 1);
        case "--warmup" -> warmup = OptionalInt.of(intValue(args, ++i, 0));
        case "--breakdown" -> breakdown = intValue(args, ++i, 0);
        case "--no-bare" -> bare = false;
        case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    return new BenchmarkOptions(levels, count, warmup, Math.min(breakdown, count), bare);
  }

  private static List<Integer> levels(String[] args, int index) {
    String text = value(args, index);
    List<Integer> levels = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      levels.add(number(args[index - 1], part.strip(), 1));
    }
    return levels;
  }

  private static int intValue(String[] args, int index, int minimum) {
    return number(args[index - 1], value(args, index), minimum);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException("missing value for " + args[index - 1] + "\n" + USAGE);
    }
    return args[index];
  }

  private static int number(String option, String text, int minimum) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a number for " + option + ": " + text + "\n" + USAGE, e);
    }
    if (value < minimum) {
      throw new IllegalArgumentException(option + " must be at least " + minimum);
    }
    return value;
  }
}
