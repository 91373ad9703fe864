package com.parceliq.it.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A large sandbox invoice over {@link BilledLabels}, written line by line to a file (never whole in
 * memory), with what reconciling it must give. Label {@code n} is, by {@code n % 10}: 0-5 matched
 * (base, fuel, residential summing to the carrier charge), 6 overbilled by 1.00, 7 underbilled by
 * 0.50, 8 a weight adjustment of 0.75, 9 a duplicate base charge; then {@code unknown} tracking
 * codes of no label, one base line each.
 */
public record GeneratedInvoice(
    Path file,
    String invoiceNumber,
    long lines,
    Map<String, Long> labelsByClassification,
    BigDecimal postedTotal,
    long postings) {

  private static final BigDecimal FEE = new BigDecimal("0.10");
  private static final BigDecimal OVER = new BigDecimal("1.00");
  private static final BigDecimal UNDER = new BigDecimal("0.50");
  private static final BigDecimal ADJUSTMENT = new BigDecimal("0.75");

  /** Lines for {@code labels} labels and {@code unknown} unknown codes: see the class comment. */
  public static long linesFor(int labels, int unknown) {
    long lines = unknown;
    for (int n = 0; n < labels; n++) {
      lines += n % 10 >= 8 ? 4 : 3;
    }
    return lines;
  }

  public static GeneratedInvoice write(
      Path file, String invoiceNumber, BilledLabels.Seeded labels, int unknown) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long lines = 0;
    BigDecimal posted = BigDecimal.ZERO;
    long postings = 0;
    String date = LocalDate.now().toString();
    BigDecimal base = labels.carrierCharge().subtract(FEE).subtract(FEE);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(Reconciliations.SANDBOX_HEADER);
      out.write('\n');
      for (int n = 0; n < labels.count(); n++) {
        String code = labels.trackingCode(n);
        int kind = n % 10;
        BigDecimal residential = kind == 6 ? FEE.add(OVER) : FEE;
        lines +=
            line(out, invoiceNumber, date, code, "base", kind == 7 ? base.subtract(UNDER) : base);
        lines += line(out, invoiceNumber, date, code, "fuel", FEE);
        lines += line(out, invoiceNumber, date, code, "residential", residential);
        String classification =
            switch (kind) {
              case 6 -> "overbilled";
              case 7 -> "underbilled";
              case 8 -> "weight_adjustment";
              case 9 -> "duplicate_charge";
              default -> "matched";
            };
        if (kind == 8) {
          lines += line(out, invoiceNumber, date, code, "adjustment", ADJUSTMENT);
        }
        if (kind == 9) {
          lines += line(out, invoiceNumber, date, code, "base", base);
        }
        BigDecimal post =
            switch (kind) {
              case 6 -> OVER.negate();
              case 7 -> UNDER;
              case 8 -> ADJUSTMENT.negate();
              default -> BigDecimal.ZERO;
            };
        if (post.signum() != 0) {
          posted = posted.add(post);
          postings++;
        }
        counts.merge(classification, 1L, Long::sum);
      }
      for (int u = 0; u < unknown; u++) {
        lines +=
            line(out, invoiceNumber, date, "SBXNOLABEL-" + invoiceNumber + "-" + u, "base", base);
        counts.merge("unknown_tracking_code", 1L, Long::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
    return new GeneratedInvoice(file, invoiceNumber, lines, counts, posted, postings);
  }

  private static int line(
      BufferedWriter out, String invoice, String date, String code, String type, BigDecimal amount)
      throws IOException {
    out.write(invoice);
    out.write(',');
    out.write(date);
    out.write(',');
    out.write(code);
    out.write(",ground,16,");
    out.write(type);
    out.write(',');
    out.write(amount.toPlainString());
    out.write(",USD\n");
    return 1;
  }
}
