package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;
import java.util.List;

/** A carrier's verdict on an address, with its normalized form. */
public record AddressValidation(Address address, boolean verified, List<FieldError> errors) {}
