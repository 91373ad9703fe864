package com.parceliq.carrier.spi;

/** A problem with one field of a request, as a carrier reported it. */
public record FieldError(String field, String message) {}
