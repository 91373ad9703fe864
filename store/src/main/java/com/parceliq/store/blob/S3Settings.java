package com.parceliq.store.blob;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where objects live. The defaults fit the local S3-compatible server the launcher starts; an empty
 * {@code parceliq.s3.endpoint} means real AWS S3, and without keys the default AWS credentials
 * chain (environment, profile, instance role) is used.
 */
@ConfigMapping(prefix = "parceliq.s3")
public interface S3Settings {

  @WithDefault("http://127.0.0.1:9000")
  Optional<String> endpoint();

  @WithDefault("us-east-1")
  String region();

  Optional<String> accessKey();

  Optional<String> secretKey();

  /** S3-compatible servers usually serve buckets as paths rather than as host names. */
  @WithDefault("true")
  boolean pathStyle();

  @WithDefault("parceliq-labels")
  String labelsBucket();

  /** Where archived shipments go (issue 8, docs/adr/0013). */
  @WithDefault("parceliq-archive")
  String archiveBucket();

  /** Carrier invoices (uploads and each tenant's inbox) and reconciliation reports (issue 9). */
  @WithDefault("parceliq-reconciliation")
  String reconciliationBucket();

  /** Tenants' monthly statements, CSV and PDF (issue 9). */
  @WithDefault("parceliq-invoices")
  String invoicesBucket();

  /** Claims' evidence files (issue 9). */
  @WithDefault("parceliq-claims")
  String claimsBucket();
}
