package com.parceliq.simulator.model;

/** {@code POST /v1/shipments/{id}/void}; the optional reference may add triggers. */
public record VoidBody(String reference) {}
