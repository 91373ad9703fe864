package com.parceliq.simulator.views;

/** The answer to a void: {@code refund_status} is submitted, refunded or rejected. */
public record VoidView(String id, String trackingCode, String refundStatus, String message) {}
