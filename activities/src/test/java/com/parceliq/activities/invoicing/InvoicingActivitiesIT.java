package com.parceliq.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.store.JsonColumns;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.IssuedStatement;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Statements issued against the real PostgreSQL and S3 server of the test stack. */
@QuarkusTest
class InvoicingActivitiesIT {

  private static final String PERIOD = "2025-06";
  private static final Instant MAY = Instant.parse("2025-05-20T10:00:00Z");
  private static final Instant JUNE_FIRST = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant JUNE = Instant.parse("2025-06-10T10:00:00Z");
  private static final Instant JULY_FIRST = Instant.parse("2025-07-01T00:00:00Z");

  @Inject EntityManager entityManager;
  @Inject StatementTenants tenants;
  @Inject StatementLedger ledger;
  @Inject StatementObjects objects;
  @Inject TenantInvoiceRows rows;
  @Inject S3Client s3;
  @Inject DataSource dataSource;
  @Inject S3Settings s3Settings;

  private LedgerFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new LedgerFixtures(entityManager);
  }

  @Test
  void aStatementSumsEveryKindThatMovedTheFundsToTheCentAndLeavesHoldsOut() throws Exception {
    String tenant = fixtures.tenant("Acme, \"Shipping\" Ltd", MAY);
    List<String> june = monthOfEveryKind(tenant);

    IssuedStatement issued = activities(rows).statementIssue(tenant, PERIOD, "ivr_test");

    assertThat(issued.issuedNow()).isTrue();
    assertThat(issued.lines()).isEqualTo(9);
    Map<String, Object> row = row(tenant);
    assertThat(row.get("opening_balance")).isEqualTo("100.00");
    assertThat(row.get("closing_balance")).isEqualTo("150.25");
    assertThat(JsonColumns.read((String) row.get("totals"), Map.class))
        .isEqualTo(
            Map.of(
                "deposit", "50.00",
                "label_purchase", "-20.00",
                "label_refund", "12.00",
                "adjustment", "-5.00",
                "carrier_adjustment", "-1.25",
                "pickup_fee", "-3.50",
                "claim_payout", "20.00",
                "reroute_fee", "-2.00"));
    String csv = object((String) row.get("csv_key"));
    List<String> lines = csv.lines().toList();
    assertThat(lines.getFirst()).isEqualTo(StatementCsv.HEADER);
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> line.split(",")[1])
        .containsExactlyElementsOf(june);
    assertThat(lines.get(1)).startsWith("2025-06-01T00:00:00Z,").endsWith(",50.00,150.00");
    assertThat(lines.getLast()).endsWith(",150.25");
    assertThat((String) row.get("csv_key"))
        .isEqualTo("statements/%s/%s/%s.csv".formatted(tenant, PERIOD, issued.invoiceId()));
    assertThat(row.get("csv_sha256")).isEqualTo(sha256Of((String) row.get("csv_key")));
    try (PDDocument pdf = Loader.loadPDF(bytes((String) row.get("pdf_key")))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(text)
          .contains("ParcelIQ statement 2025-06")
          .contains("Opening balance: 100.00")
          .contains("Closing balance: 150.25")
          .contains("claim_payout: 20.00")
          .contains(june.getLast());
    }
  }

  @Test
  void reIssuingFindsTheStatementAndWritesNothingAgain() {
    String tenant = fixtures.tenant("twice", MAY);
    monthOfEveryKind(tenant);
    IssuedStatement first = activities(rows).statementIssue(tenant, PERIOD, "ivr_1");
    Map<String, Object> before = row(tenant);
    // A late entry of the closed month (only possible by hand) shows a re-run does not recompute.
    fixtures.entry(
        tenant, "deposit", null, "1.00", "late", JUNE, "cash", "1.00", "wallet", "-1.00");

    IssuedStatement again = activities(rows).statementIssue(tenant, PERIOD, "ivr_2");

    assertThat(again.issuedNow()).isFalse();
    assertThat(again.invoiceId()).isEqualTo(first.invoiceId());
    assertThat(row(tenant)).isEqualTo(before);
    assertThat(sha256Of((String) before.get("csv_key"))).isEqualTo(before.get("csv_sha256"));
  }

  @Test
  void aCrashBetweenUploadAndInsertIsRepairedByTheRetryUnderTheSameIdAndKeys() {
    String tenant = fixtures.tenant("crash", MAY);
    monthOfEveryKind(tenant);
    TenantInvoiceRows dies =
        new TenantInvoiceRows() {
          @Override
          boolean insert(
              StatementSummary summary,
              StatementObjects.Stored csv,
              StatementObjects.Stored pdf,
              String runId) {
            throw new IllegalStateException("worker killed before the insert");
          }
        };
    dies.dataSource = dataSource;
    assertThatThrownBy(() -> activities(dies).statementIssue(tenant, PERIOD, "ivr_1"))
        .hasMessageContaining("killed");
    assertThat(rows.issued(tenant, PERIOD)).isEmpty();

    IssuedStatement retried = activities(rows).statementIssue(tenant, PERIOD, "ivr_1");

    assertThat(retried.issuedNow()).isTrue();
    assertThat(listKeys(tenant))
        .containsExactlyInAnyOrder(
            "statements/%s/%s/%s.csv".formatted(tenant, PERIOD, retried.invoiceId()),
            "statements/%s/%s/%s.pdf".formatted(tenant, PERIOD, retried.invoiceId()));
    assertThat(row(tenant).get("csv_sha256"))
        .isEqualTo(sha256Of((String) row(tenant).get("csv_key")));
  }

  @Test
  void aTenantCreatedAfterTheMonthWithNoEarlierEntriesIsNotDue() {
    String existed = fixtures.tenant("existed", MAY);
    String later = fixtures.tenant("later", JULY_FIRST.plusSeconds(60));
    String backdated = fixtures.tenant("backdated", JULY_FIRST.plusSeconds(60));
    fixtures.entry(
        backdated, "deposit", null, "5.00", "moved back", JUNE, "cash", "5.00", "wallet", "-5.00");

    List<String> due = activities(rows).invoiceTenants(null, 100_000, PERIOD);

    assertThat(due).contains(existed, backdated).doesNotContain(later);
    assertThat(due).isSorted();
  }

  @Test
  void aTenantWithNothingInTheMonthGetsAStatementOfItsUnchangedBalance() {
    String tenant = fixtures.tenant("quiet", MAY);
    fixtures.entry(
        tenant, "deposit", null, "30.00", "May", MAY, "cash", "30.00", "wallet", "-30.00");

    IssuedStatement issued = activities(rows).statementIssue(tenant, PERIOD, "ivr_q");

    assertThat(issued.lines()).isZero();
    assertThat(row(tenant).get("opening_balance")).isEqualTo("30.00");
    assertThat(row(tenant).get("closing_balance")).isEqualTo("30.00");
  }

  /**
   * May: a deposit of 100 and a hold of 10 still in flight on June 1st. June: every kind that moves
   * the funds, and two holds that do not. July: a deposit outside the period. Returns the ids of
   * June's entries that change the funds, in order.
   */
  private List<String> monthOfEveryKind(String t) {
    fixtures.entry(
        t, "deposit", null, "100.00", "May deposit", MAY, "cash", "100.00", "wallet", "-100.00");
    fixtures.entry(
        t,
        "hold",
        "shp_1",
        "10.00",
        "hold",
        MAY.plusSeconds(1),
        "wallet",
        "10.00",
        "wallet_holds",
        "-10.00");
    String deposit =
        fixtures.entry(
            t,
            "deposit",
            null,
            "50.00",
            "June deposit",
            JUNE_FIRST,
            "cash",
            "50.00",
            "wallet",
            "-50.00");
    String label1 =
        fixtures.entry(
            t,
            "label_purchase",
            "shp_1",
            "8.00",
            "Label, sandbox",
            JUNE,
            "wallet_holds",
            "10.00",
            "carrier_payable",
            "-7.00",
            "pricing_margin",
            "-1.00",
            "wallet",
            "-2.00");
    fixtures.entry(
        t,
        "hold",
        "shp_2",
        "12.00",
        "hold",
        JUNE.plusSeconds(1),
        "wallet",
        "12.00",
        "wallet_holds",
        "-12.00");
    String label2 =
        fixtures.entry(
            t,
            "label_purchase",
            "shp_2",
            "12.00",
            "Label",
            JUNE.plusSeconds(2),
            "wallet_holds",
            "12.00",
            "carrier_payable",
            "-12.00");
    String refund =
        fixtures.entry(
            t,
            "label_refund",
            "shp_2",
            "12.00",
            "Refund",
            JUNE.plusSeconds(3),
            "carrier_payable",
            "12.00",
            "wallet",
            "-12.00");
    String adjustment =
        fixtures.entry(
            t,
            "adjustment",
            null,
            "-5.00",
            "Correction",
            JUNE.plusSeconds(4),
            "adjustments",
            "-5.00",
            "wallet",
            "5.00");
    String carrier =
        fixtures.entry(
            t,
            "carrier_adjustment",
            "shp_1",
            "-1.25",
            "Re-weighed",
            JUNE.plusSeconds(5),
            "carrier_payable",
            "-1.25",
            "wallet",
            "1.25");
    fixtures.entry(
        t,
        "hold",
        null,
        "4.00",
        "pickup hold",
        JUNE.plusSeconds(6),
        "wallet",
        "4.00",
        "wallet_holds",
        "-4.00");
    String pickup =
        fixtures.entry(
            t,
            "pickup_fee",
            null,
            "3.50",
            "Pickup fee",
            JUNE.plusSeconds(7),
            "wallet_holds",
            "4.00",
            "carrier_payable",
            "-3.50",
            "wallet",
            "-0.50");
    String claim =
        fixtures.entry(
            t,
            "claim_payout",
            "shp_1",
            "20.00",
            "Claim",
            JUNE.plusSeconds(8),
            "carrier_claims",
            "20.00",
            "wallet",
            "-20.00");
    String reroute =
        fixtures.entry(
            t,
            "reroute_fee",
            "shp_1",
            "2.00",
            "Reroute",
            JULY_FIRST.minusMillis(1),
            "wallet",
            "2.00",
            "carrier_payable",
            "-2.00");
    fixtures.entry(
        t,
        "deposit",
        null,
        "1000.00",
        "July deposit",
        JULY_FIRST,
        "cash",
        "1000.00",
        "wallet",
        "-1000.00");
    return List.of(deposit, label1, label2, refund, adjustment, carrier, pickup, claim, reroute);
  }

  private InvoicingActivitiesImpl activities(TenantInvoiceRows invoiceRows) {
    InvoicingActivitiesImpl activities = new InvoicingActivitiesImpl();
    activities.tenants = tenants;
    activities.ledger = ledger;
    activities.objects = objects;
    activities.rows = invoiceRows;
    return activities;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> row(String tenantId) {
    Object[] values =
        (Object[])
            entityManager
                .createNativeQuery(
                    """
                    select opening_balance::text, closing_balance::text, totals::text, csv_key,
                           csv_sha256, pdf_key, line_count, id
                      from tenant_invoices where tenant_id = ?1
                    """)
                .setParameter(1, tenantId)
                .getSingleResult();
    return Map.of(
        "opening_balance", values[0],
        "closing_balance", values[1],
        "totals", values[2],
        "csv_key", values[3],
        "csv_sha256", values[4],
        "pdf_key", values[5],
        "line_count", values[6],
        "id", values[7]);
  }

  private byte[] bytes(String key) {
    return s3.getObjectAsBytes(r -> r.bucket(s3Settings.invoicesBucket()).key(key)).asByteArray();
  }

  private String object(String key) {
    return new String(bytes(key), StandardCharsets.UTF_8);
  }

  private String sha256Of(String key) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes(key)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> listKeys(String tenantId) {
    return s3
        .listObjectsV2(
            r -> r.bucket(s3Settings.invoicesBucket()).prefix("statements/" + tenantId + "/"))
        .contents()
        .stream()
        .map(o -> o.key())
        .toList();
  }
}
