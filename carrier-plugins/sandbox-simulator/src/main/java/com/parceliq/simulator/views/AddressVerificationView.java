package com.parceliq.simulator.views;

import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.WireAddress;
import java.util.List;

/** {@code POST /v1/addresses/verify}: the normalized address and what is wrong with it, if any. */
public record AddressVerificationView(
    boolean verified, WireAddress address, List<FieldError> errors) {}
