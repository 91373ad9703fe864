package com.parceliq.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation can fail the ways CONTRACT section 2 lists (no token, a role without the action,
 * a malformed or invalid request, the rate limiter, a dependency down; an id of another tenant),
 * but the resources only annotate their own business errors, and most without a body. This adds the
 * missing statuses and gives every 4xx/5xx the contract's error document.
 */
final class DocumentedErrors {

  static final String ERROR_SCHEMA = "Error";

  /** Statuses any operation may answer, with the contract's meaning. */
  private static final Map<String, String> EVERY_OPERATION = new LinkedHashMap<>();

  static {
    EVERY_OPERATION.put(
        "400", "Malformed request (not JSON, wrong types, an unknown parameter value)");
    EVERY_OPERATION.put("401", "No or an unknown bearer token");
    EVERY_OPERATION.put("403", "The caller's role does not allow this action");
    EVERY_OPERATION.put("422", "Validation failed; `errors` names each field");
    EVERY_OPERATION.put("429", "Rate limited; retry after `Retry-After` seconds");
    EVERY_OPERATION.put("503", "A dependency is down; retry after `Retry-After` seconds");
  }

  private DocumentedErrors() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI.getComponents().addSchema(ERROR_SCHEMA, ErrorSchema.create());
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              boolean takesId = path.contains("{");
              item.getOperations()
                  .forEach((method, operation) -> document(operation, method, takesId));
            });
  }

  private static void document(Operation operation, PathItem.HttpMethod method, boolean takesId) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    EVERY_OPERATION.forEach((status, why) -> addIfMissing(operation, status, why));
    if (takesId) {
      addIfMissing(
          operation, "404", "No such object for this tenant (another tenant's is 404 too)");
    }
    if (List.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT).contains(method)) {
      addIfMissing(operation, "409", "State or idempotency conflict");
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(errorContent());
              }
            });
  }

  private static void addIfMissing(Operation operation, String status, String why) {
    if (!operation.getResponses().hasAPIResponse(status)) {
      APIResponse response = OASFactory.createAPIResponse().description(why);
      operation.getResponses().addAPIResponse(status, response);
    }
  }

  private static org.eclipse.microprofile.openapi.models.media.Content errorContent() {
    Schema ref = OASFactory.createSchema().ref(ERROR_SCHEMA);
    return OASFactory.createContent()
        .addMediaType("application/json", OASFactory.createMediaType().schema(ref));
  }

  /** The type of a string field that the contract always fills. */
  static Schema string() {
    return OASFactory.createSchema().addType(SchemaType.STRING);
  }
}
