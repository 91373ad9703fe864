package com.parceliq.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceFormatsTest {

  @Test
  void theSandboxFormatReadsQuotedFieldsCrLfAndCredits() throws IOException {
    Parsed parsed = parse("sandbox.csv");

    assertThat(parsed.format.name()).isEqualTo("sandbox");
    assertThat(parsed.lines).hasSize(3);
    assertThat(parsed.lines.get(0))
        .isEqualTo(
            new InvoiceLine(
                "SBX-20261120",
                LocalDate.of(2026, 11, 20),
                "SBX0001",
                "ground",
                18,
                ChargeType.BASE,
                new BigDecimal("7.25"),
                "USD"));
    InvoiceLine quoted = parsed.lines.get(1);
    assertThat(quoted.trackingCode()).isEqualTo("SBX,0002");
    assertThat(quoted.service()).isEqualTo("ground \"economy\"");
    assertThat(quoted.billedWeightOz()).isNull();
    assertThat(quoted.currency()).isEqualTo("USD");
    assertThat(parsed.lines.get(2).chargeType()).isEqualTo(ChargeType.ADJUSTMENT);
    assertThat(parsed.lines.get(2).amount()).isEqualByComparingTo("-1.10");
  }

  @Test
  void theUpsFormatMapsCategoriesAndRoundsPoundsUpToOunces() throws IOException {
    Parsed parsed = parse("ups.csv");

    assertThat(parsed.format.name()).isEqualTo("ups");
    assertThat(parsed.lines)
        .extracting(InvoiceLine::chargeType)
        .containsExactly(
            ChargeType.BASE,
            ChargeType.FUEL,
            ChargeType.RESIDENTIAL,
            ChargeType.ADJUSTMENT,
            ChargeType.OTHER);
    assertThat(parsed.lines)
        .extracting(InvoiceLine::billedWeightOz)
        .containsExactly(34, 34, 34, 48, null);
    assertThat(parsed.lines.get(0).trackingCode()).isEqualTo("1Z999AA10123456784");
  }

  @Test
  void theFedexFormatReadsUsDatesKilogramsAndChargeNames() throws IOException {
    Parsed parsed = parse("fedex.csv");

    assertThat(parsed.format.name()).isEqualTo("fedex");
    assertThat(parsed.lines.get(0).invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(parsed.lines)
        .extracting(InvoiceLine::billedWeightOz)
        .containsExactly(43, 43, 48, 64, null);
    assertThat(parsed.lines)
        .extracting(InvoiceLine::chargeType)
        .containsExactly(
            ChargeType.BASE,
            ChargeType.FUEL,
            ChargeType.RESIDENTIAL,
            ChargeType.ADJUSTMENT,
            ChargeType.OTHER);
  }

  @Test
  void aMalformedLineIsNamedByItsNumber() {
    assertThatThrownBy(() -> parse("sandbox-bad-date.csv"))
        .isInstanceOf(InvoiceFileException.class)
        .hasMessage("data line 2: invoice_date '2026-13-40' is not a date")
        .satisfies(e -> assertThat(((InvoiceFileException) e).lineNo()).isEqualTo(2));
  }

  @Test
  void aQuotedFieldThatNeverEndsIsMalformed() {
    assertThatThrownBy(() -> parse("sandbox-unterminated-quote.csv"))
        .isInstanceOf(InvoiceFileException.class)
        .hasMessageContaining("data line 1")
        .hasMessageContaining("never ends");
  }

  @Test
  void anUnknownHeaderIsRefused() {
    assertThatThrownBy(() -> parse("unknown-header.csv"))
        .isInstanceOf(InvoiceFileException.class)
        .hasMessageStartingWith("header: unknown invoice header Tracking,Amount");
  }

  @Test
  void aLineWithTooFewFieldsIsMalformed() {
    InvoiceFormat sandbox = InvoiceFormats.named("sandbox").orElseThrow();

    assertThatThrownBy(() -> sandbox.parse(List.of("SBX-1", "2026-11-20"), 7))
        .hasMessage("data line 7: has 2 fields, the header has 8");
  }

  @Test
  void anAmountWithThreeDecimalsIsMalformed() {
    InvoiceFormat sandbox = InvoiceFormats.named("sandbox").orElseThrow();
    List<String> fields =
        List.of("SBX-1", "2026-11-20", "SBX1", "ground", "18", "base", "7.255", "USD");

    assertThatThrownBy(() -> sandbox.parse(fields, 3))
        .hasMessage("data line 3: amount '7.255' has more than two decimals");
  }

  @Test
  void aReaderStartedAtARecordsEndOffsetReadsOnFromTheNextRecord() throws IOException {
    byte[] file = resource("sandbox.csv");
    CsvRecordReader whole = new CsvRecordReader(new ByteArrayInputStream(file), 0, -1);
    CsvRecordReader.header(whole);
    whole.next();
    long offset = whole.offset();
    List<String> second = whole.next();

    CsvRecordReader resumed =
        new CsvRecordReader(
            new ByteArrayInputStream(file, (int) offset, file.length - (int) offset), offset, 1);

    assertThat(resumed.next()).isEqualTo(second);
    assertThat(resumed.lineNo()).isEqualTo(2);
    assertThat(resumed.offset()).isEqualTo(whole.offset());
  }

  private record Parsed(InvoiceFormat format, List<InvoiceLine> lines) {}

  private static Parsed parse(String name) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(resource(name)), 0, -1);
    InvoiceFormat format = InvoiceFormats.forHeader(CsvRecordReader.header(reader));
    List<InvoiceLine> lines = new ArrayList<>();
    List<String> fields;
    while ((fields = reader.next()) != null) {
      lines.add(format.parse(fields, reader.lineNo()));
    }
    return new Parsed(format, lines);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = InvoiceFormatsTest.class.getResourceAsStream("/reconciliation/" + name)) {
      return in.readAllBytes();
    }
  }
}
