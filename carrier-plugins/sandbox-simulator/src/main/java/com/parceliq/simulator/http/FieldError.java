package com.parceliq.simulator.http;

/** One invalid field of a request, named by its JSON path (for example {@code to_address.zip}). */
public record FieldError(String field, String message) {}
