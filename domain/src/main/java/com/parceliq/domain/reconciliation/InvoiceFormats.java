package com.parceliq.domain.reconciliation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The invoice formats ParcelIQ reads, told apart by the file's header row. */
public final class InvoiceFormats {

  private static final List<InvoiceFormat> ALL =
      List.of(new SandboxInvoiceFormat(), new UpsInvoiceFormat(), new FedexInvoiceFormat());

  private InvoiceFormats() {}

  public static List<InvoiceFormat> all() {
    return ALL;
  }

  /** The format whose header is {@code header} (names compared trimmed, ignoring case). */
  public static InvoiceFormat forHeader(List<String> header) {
    List<String> names = header.stream().map(InvoiceFormats::normalized).toList();
    return ALL.stream()
        .filter(
            format ->
                format.header().stream().map(InvoiceFormats::normalized).toList().equals(names))
        .findFirst()
        .orElseThrow(
            () ->
                new InvoiceFileException(
                    0,
                    "unknown invoice header "
                        + String.join(",", header)
                        + " (expected the sandbox, ups or fedex header)"));
  }

  public static Optional<InvoiceFormat> named(String name) {
    return ALL.stream().filter(format -> format.name().equals(name)).findFirst();
  }

  private static String normalized(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
