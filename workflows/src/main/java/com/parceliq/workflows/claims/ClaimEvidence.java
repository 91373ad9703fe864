package com.parceliq.workflows.claims;

/**
 * One evidence file of a claim, already in object storage when the claim is submitted: the API
 * uploaded it and hashed what it uploaded.
 */
public record ClaimEvidence(
    int position,
    String filename,
    String contentType,
    long size,
    String sha256,
    String bucket,
    String key) {}
