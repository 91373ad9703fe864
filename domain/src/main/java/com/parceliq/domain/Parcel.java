package com.parceliq.domain;

import java.math.BigDecimal;

/** A parcel: weight in ounces, dimensions in inches (EasyPost's units). Dimensions are optional. */
public record Parcel(
    BigDecimal weightOz, BigDecimal lengthIn, BigDecimal widthIn, BigDecimal heightIn) {}
