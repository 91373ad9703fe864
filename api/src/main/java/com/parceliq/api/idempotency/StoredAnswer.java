package com.parceliq.api.idempotency;

/** The first answer to an idempotent request, as kept for replay. */
public record StoredAnswer(int status, String body, String location) {}
