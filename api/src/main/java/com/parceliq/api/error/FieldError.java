package com.parceliq.api.error;

/** One invalid input: {@code field} is the snake_case JSON path, e.g. {@code to_address.zip}. */
public record FieldError(String field, String message) {}
