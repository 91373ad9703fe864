package com.parceliq.api.batches;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code add_shipments} and {@code remove_shipments}: the shipment ids. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchShipmentsBody(List<String> shipments) {}
