package com.parceliq.it.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** A sandbox invoice (CONTRACT section 6) as lines a test can filter, change and write back. */
public final class InvoiceLines {

  /** One charge line. */
  public record Line(
      String invoiceNumber,
      String invoiceDate,
      String trackingCode,
      String service,
      int billedWeightOz,
      String chargeType,
      BigDecimal amount) {

    public Line withAmount(BigDecimal newAmount) {
      return new Line(
          invoiceNumber, invoiceDate, trackingCode, service, billedWeightOz, chargeType, newAmount);
    }

    public Line forTrackingCode(String code) {
      return new Line(
          invoiceNumber, invoiceDate, code, service, billedWeightOz, chargeType, amount);
    }

    String csv() {
      return String.join(
          ",",
          invoiceNumber,
          invoiceDate,
          trackingCode,
          service,
          Integer.toString(billedWeightOz),
          chargeType,
          amount.toPlainString(),
          "USD");
    }
  }

  private final List<Line> lines = new ArrayList<>();

  /** The simulator's invoice (no quoted fields: its codes and services hold no commas). */
  public static InvoiceLines parse(String csv) {
    InvoiceLines invoice = new InvoiceLines();
    csv.lines()
        .skip(1)
        .filter(line -> !line.isBlank())
        .forEach(
            line -> {
              String[] f = line.split(",", -1);
              invoice.lines.add(
                  new Line(
                      f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], new BigDecimal(f[6])));
            });
    return invoice;
  }

  public InvoiceLines only(Collection<String> trackingCodes) {
    lines.removeIf(line -> !trackingCodes.contains(line.trackingCode()));
    return this;
  }

  public List<Line> of(String trackingCode) {
    return lines.stream().filter(line -> line.trackingCode().equals(trackingCode)).toList();
  }

  public Line first(String trackingCode, String chargeType) {
    return lines.stream()
        .filter(l -> l.trackingCode().equals(trackingCode) && l.chargeType().equals(chargeType))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + chargeType + " line for " + trackingCode));
  }

  public InvoiceLines add(Line line) {
    lines.add(line);
    return this;
  }

  public InvoiceLines replace(Line old, Line replacement) {
    lines.set(lines.indexOf(old), replacement);
    return this;
  }

  public BigDecimal billed(Predicate<Line> which) {
    return lines.stream().filter(which).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public int size() {
    return lines.size();
  }

  public String invoiceNumber() {
    return lines.getFirst().invoiceNumber();
  }

  public String csv() {
    StringBuilder csv = new StringBuilder(Reconciliations.SANDBOX_HEADER).append('\n');
    lines.forEach(line -> csv.append(line.csv()).append('\n'));
    return csv.toString();
  }
}
