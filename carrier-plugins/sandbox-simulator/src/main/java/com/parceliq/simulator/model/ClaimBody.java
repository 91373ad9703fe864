package com.parceliq.simulator.model;

/**
 * {@code POST /v1/claims}: a claim on a label. {@code description} may carry the claim triggers
 * ({@code sbx:claim_approve=SECONDS[:AMOUNT]}, {@code sbx:claim_deny=SECONDS}).
 */
public record ClaimBody(
    String trackingCode, String type, String amount, String currency, String description) {}
