package com.parceliq.workflows.reconciliation;

/**
 * One invoice file to reconcile. {@code source} is {@code upload} (the API streamed the body to
 * S3), {@code s3_key} (the tenant named an object in its inbox) or {@code inbox} (the schedule
 * found it). The workflow records the run's row from this before anything else.
 */
public record ReconciliationRequest(
    String tenantId, String runId, String carrier, String source, String bucket, String key) {}
