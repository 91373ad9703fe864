package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;

/** Ask a carrier what its services cost for one parcel. */
public record RateRequest(Address from, Address to, Parcel parcel, String reference) {}
