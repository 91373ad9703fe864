package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/**
 * A claim to file with the carrier for the label {@code trackingCode}: {@code type} is {@code
 * lost}, {@code damaged} or {@code delayed}; {@code amount} is what the shipper asks for.
 */
public record ClaimRequest(
    String idempotencyKey, String trackingCode, String type, Money amount, String description) {}
