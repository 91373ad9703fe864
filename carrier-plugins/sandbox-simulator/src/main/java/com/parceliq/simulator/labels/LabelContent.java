package com.parceliq.simulator.labels;

import com.parceliq.simulator.model.WireAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a label shows, independent of the file format. */
public record LabelContent(
    String trackingCode, String service, WireAddress from, WireAddress to, BigDecimal weightOz) {

  /** Printable text lines, top to bottom, upper case like a thermal label. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("PARCELIQ SANDBOX - " + service.toUpperCase(Locale.ROOT));
    lines.add("");
    lines.add("FROM:");
    lines.addAll(addressLines(from));
    lines.add("");
    lines.add("SHIP TO:");
    lines.addAll(addressLines(to));
    lines.add("");
    lines.add("WEIGHT: " + weightOz.stripTrailingZeros().toPlainString() + " OZ");
    return lines.stream().map(line -> line.toUpperCase(Locale.ROOT)).toList();
  }

  private static List<String> addressLines(WireAddress address) {
    List<String> lines = new ArrayList<>();
    addIfPresent(lines, address.name());
    addIfPresent(lines, address.company());
    addIfPresent(lines, address.street1());
    addIfPresent(lines, address.street2());
    lines.add(address.cityLine());
    addIfPresent(lines, address.country());
    return lines;
  }

  private static void addIfPresent(List<String> lines, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(value.trim());
    }
  }
}
