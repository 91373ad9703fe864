package com.parceliq.simulator.model;

/** {@code POST /v1/shipments/{id}/reroute}: send a parcel to a new address. */
public record RerouteBody(WireAddress toAddress, String reference) {}
