package com.parceliq.simulator.model;

/** {@code POST /v1/rates}: price every service for one parcel. */
public record RateBody(
    WireAddress fromAddress, WireAddress toAddress, WireParcel parcel, String reference) {}
