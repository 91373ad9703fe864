package com.parceliq.domain;

/** A postal address as a shipper gives it; carriers may normalize it. */
public record Address(
    String name,
    String company,
    String street1,
    String street2,
    String city,
    String state,
    String zip,
    String country,
    String phone,
    String email) {}
