package com.parceliq.domain.reconciliation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox carrier's invoice (CONTRACT section 6): ISO dates, weights in ounces, the canonical
 * charge types themselves.
 */
final class SandboxInvoiceFormat implements InvoiceFormat {

  private static final List<String> HEADER =
      List.of(
          "invoice_number",
          "invoice_date",
          "tracking_code",
          "service",
          "billed_weight_oz",
          "charge_type",
          "amount",
          "currency");

  @Override
  public String name() {
    return "sandbox";
  }

  @Override
  public String carrier() {
    return "sandbox";
  }

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public InvoiceLine parse(List<String> values, long lineNo) {
    LineFields fields = new LineFields(HEADER, values, lineNo);
    return new InvoiceLine(
        fields.required(0),
        fields.date(1, DateTimeFormatter.ISO_LOCAL_DATE),
        fields.required(2),
        fields.optional(3),
        fields.ounces(4, "OZ"),
        chargeType(fields),
        fields.amount(6),
        fields.currency(7));
  }

  private static ChargeType chargeType(LineFields fields) {
    String value = fields.required(5);
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "base" -> ChargeType.BASE;
      case "fuel" -> ChargeType.FUEL;
      case "residential" -> ChargeType.RESIDENTIAL;
      case "adjustment" -> ChargeType.ADJUSTMENT;
      default ->
          throw fields.problem(5, "'" + value + "' is not base, fuel, residential or adjustment");
    };
  }
}
