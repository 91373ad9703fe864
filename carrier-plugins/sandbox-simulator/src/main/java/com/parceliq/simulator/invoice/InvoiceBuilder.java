package com.parceliq.simulator.invoice;

import com.parceliq.simulator.rates.Quote;
import com.parceliq.simulator.rates.RateTable;
import com.parceliq.simulator.state.LabelRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The charges of one UTC day's labels. An honest label bills its quote as two lines, {@code base}
 * and {@code fuel}. Voided labels are not billed. The deliberate discrepancies:
 *
 * <ul>
 *   <li>{@code sbx:overbill}: an unquoted {@code residential} surcharge of {@value
 *       #RESIDENTIAL_SURCHARGE}, so the label costs more than its quote;
 *   <li>{@code sbx:adjust}: the carrier "re-weighed" the parcel one pound heavier and bills the
 *       difference between the two quotes as an {@code adjustment} at the audited weight.
 * </ul>
 */
public final class InvoiceBuilder {

  static final String RESIDENTIAL_SURCHARGE = "4.25";
  private static final BigDecimal AUDIT_EXTRA_OZ = new BigDecimal(16);

  private InvoiceBuilder() {}

  public static List<InvoiceLine> lines(LocalDate date, List<LabelRecord> labels) {
    List<InvoiceLine> lines = new ArrayList<>();
    for (LabelRecord label : labels) {
      LabelRecord.Purchase p = label.purchase();
      if (!p.createdAt().atZone(ZoneOffset.UTC).toLocalDate().equals(date)
          || label.voidedAt().isPresent()) {
        continue;
      }
      String service = p.quote().service().wireName();
      BigDecimal weight = p.parcel().weightOz();
      int billedOz = ounces(weight);
      lines.add(new InvoiceLine(p.trackingCode(), service, billedOz, "base", p.quote().base()));
      lines.add(new InvoiceLine(p.trackingCode(), service, billedOz, "fuel", p.quote().fuel()));
      if (p.triggers().overbill()) {
        lines.add(
            new InvoiceLine(
                p.trackingCode(),
                service,
                billedOz,
                "residential",
                new BigDecimal(RESIDENTIAL_SURCHARGE)));
      }
      if (p.triggers().adjust()) {
        BigDecimal audited = weight.add(AUDIT_EXTRA_OZ);
        Quote heavier = RateTable.quote(p.quote().service(), audited, p.from().zip(), p.to().zip());
        lines.add(
            new InvoiceLine(
                p.trackingCode(),
                service,
                ounces(audited),
                "adjustment",
                heavier.total().subtract(p.quote().total())));
      }
    }
    return lines;
  }

  private static int ounces(BigDecimal weight) {
    return weight.setScale(0, RoundingMode.CEILING).intValueExact();
  }
}
