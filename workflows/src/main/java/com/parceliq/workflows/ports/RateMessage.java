package com.parceliq.workflows.ports;

/**
 * Why a carrier (on one account) gave no rates at the last rating, with the stable failure code
 * ({@code CARRIER.UNAVAILABLE}, {@code CARRIER.AUTHENTICATION_FAILED}, ...) and its message.
 */
public record RateMessage(String carrier, String carrierAccountId, String code, String message) {}
