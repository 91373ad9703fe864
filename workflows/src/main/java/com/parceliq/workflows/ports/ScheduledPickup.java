package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** A pickup the carrier confirmed: what the driver is told, and the fee the carrier charged. */
public record ScheduledPickup(String confirmation, Money fee) {}
