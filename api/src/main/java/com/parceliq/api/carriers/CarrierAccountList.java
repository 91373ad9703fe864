package com.parceliq.api.carriers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CarrierAccountList(List<CarrierAccountDto> carrierAccounts, boolean hasMore) {}
