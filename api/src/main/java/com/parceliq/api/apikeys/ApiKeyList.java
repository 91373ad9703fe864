package com.parceliq.api.apikeys;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiKeyList(List<ApiKeyDto> apiKeys, boolean hasMore) {}
