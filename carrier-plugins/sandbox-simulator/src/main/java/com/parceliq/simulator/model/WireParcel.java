package com.parceliq.simulator.model;

import java.math.BigDecimal;

/** Weight in ounces and optional dimensions in inches. */
public record WireParcel(
    BigDecimal weightOz, BigDecimal lengthIn, BigDecimal widthIn, BigDecimal heightIn) {}
