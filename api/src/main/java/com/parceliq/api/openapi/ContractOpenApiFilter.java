package com.parceliq.api.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes the generated {@code /q/openapi} say what the API really answers, so that clients and the
 * fuzzer (docs/fuzzing.md) can hold the API to it: optional fields may be null, Jackson's {@code
 * JsonNode} is any JSON value, every operation documents the contract's errors (CONTRACT section 2)
 * with their shape, and the headers every request may carry. Registered with {@code
 * mp.openapi.filter}.
 */
public final class ContractOpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    NullableOptionalProperties.apply(openAPI.getComponents());
    DocumentedErrors.apply(openAPI);
    CommonHeaders.apply(openAPI);
  }
}
