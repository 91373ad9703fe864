package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Where to download the label: a presigned URL that expires after an hour. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PostageLabelDto(String labelUrl, String labelFileType, String labelFormat) {}
