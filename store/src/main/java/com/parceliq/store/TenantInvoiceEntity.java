package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's monthly statement ({@code inv_...}), one per (tenant, period). Written once by the
 * invoicing activity; the API only reads it.
 */
@Entity
@Table(name = "tenant_invoices")
public class TenantInvoiceEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  /** {@code YYYY-MM}, UTC. */
  @Column(nullable = false)
  public String period;

  @Column(name = "period_start", nullable = false)
  public Instant periodStart;

  @Column(name = "period_end", nullable = false)
  public Instant periodEnd;

  @Column(nullable = false)
  public String currency;

  @Column(name = "opening_balance", nullable = false)
  public BigDecimal openingBalance;

  @Column(name = "closing_balance", nullable = false)
  public BigDecimal closingBalance;

  /** {"deposit": "100.00", "label_purchase": "-7.50", ...}: what moved the funds, per kind. */
  @Column(name = "totals", nullable = false, columnDefinition = "jsonb")
  public String totalsJson;

  @Column(name = "line_count", nullable = false)
  public int lineCount;

  @Column(name = "csv_bucket", nullable = false)
  public String csvBucket;

  @Column(name = "csv_key", nullable = false)
  public String csvKey;

  @Column(name = "csv_sha256", nullable = false)
  public String csvSha256;

  @Column(name = "pdf_bucket", nullable = false)
  public String pdfBucket;

  @Column(name = "pdf_key", nullable = false)
  public String pdfKey;

  @Column(name = "pdf_sha256", nullable = false)
  public String pdfSha256;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "workflow_run_id")
  public String workflowRunId;

  public static Optional<TenantInvoiceEntity> findForTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  /** Newest period first (ids sort by period); {@code beforeId} pages back. */
  public static List<TenantInvoiceEntity> pageForTenant(
      String tenantId, String beforeId, int limit) {
    if (beforeId == null) {
      return find("tenantId = ?1 order by id desc", tenantId).page(0, limit).list();
    }
    return find("tenantId = ?1 and id < ?2 order by id desc", tenantId, beforeId)
        .page(0, limit)
        .list();
  }
}
