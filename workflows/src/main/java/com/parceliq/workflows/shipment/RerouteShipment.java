package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;

/**
 * Send the parcel to {@code toAddress} instead; the idempotency key is the client's (or one the API
 * made).
 */
public record RerouteShipment(Address toAddress, String idempotencyKey) {}
