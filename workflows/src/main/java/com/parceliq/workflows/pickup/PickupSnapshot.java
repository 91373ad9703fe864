package com.parceliq.workflows.pickup;

import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.PickupQuote;
import java.util.List;

/** The pickup as its workflow sees it (the query's answer and each update's result). */
public record PickupSnapshot(
    String pickupId,
    String status,
    List<PickupQuote> rates,
    String carrier,
    String service,
    String confirmation,
    Money fee) {}
