package com.parceliq.api.scanforms;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /v1/scan_forms}: the purchased shipments to manifest, all of one carrier account. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateScanFormRequest(
    @NotNull
        @Size(
            min = 1,
            max = ScanForms.MAX_SHIPMENTS,
            message = "must list 1 to " + ScanForms.MAX_SHIPMENTS + " shipments")
        List<
                @NotNull
                @Pattern(
                    regexp = "shp_[A-Za-z0-9]{1,64}",
                    message = "must be a shipment id (shp_...)")
                String>
            shipments) {}
