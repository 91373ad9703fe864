package com.parceliq.it.bench;

/**
 * Command line of the archival benchmark.
 *
 * @param shipments finished shipments seeded for the run to archive ({@code --shipments N})
 * @param readerShipments hot shipments of the other tenant whose reads are timed ({@code
 *     --reader-shipments N})
 * @param readRate reads per second while measuring, paced open loop ({@code --read-rate N})
 * @param baselineSeconds how long reads are timed with nothing else running, and again on archived
 *     shipments after the run ({@code --baseline-seconds N})
 */
record ArchivalBenchOptions(int shipments, int readerShipments, int readRate, int baselineSeconds) {

  static final String USAGE =
      "usage: ./parceliq bench archival [--shipments N] [--reader-shipments N] [--read-rate N]"
          + " [--baseline-seconds N]";

  static ArchivalBenchOptions defaults() {
    return new ArchivalBenchOptions(20_000, 1_000, 20, 30);
  }

  static ArchivalBenchOptions parse(String[] args) {
    ArchivalBenchOptions options = defaults();
    int shipments = options.shipments();
    int readers = options.readerShipments();
    int rate = options.readRate();
    int baseline = options.baselineSeconds();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shipments" -> shipments = number(args, ++i);
        case "--reader-shipments" -> readers = number(args, ++i);
        case "--read-rate" -> rate = number(args, ++i);
        case "--baseline-seconds" -> baseline = number(args, ++i);
        case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    return new ArchivalBenchOptions(shipments, readers, rate, baseline);
  }

  private static int number(String[] args, int index) {
    String option = args[index - 1];
    if (index >= args.length) {
      throw new IllegalArgumentException("missing value for " + option + "\n" + USAGE);
    }
    int value;
    try {
      value = Integer.parseInt(args[index]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a number for " + option + ": " + args[index] + "\n" + USAGE, e);
    }
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return value;
  }
}
