package com.parceliq.api.openapi;

import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Headers every request may carry (CONTRACT section 2) but that only some resources declare: the
 * request and correlation ids on every operation, and {@code Idempotency-Key} on every POST. Read
 * by filters, so the generator never sees them; documented here so clients know, and so the fuzzer
 * sends them too.
 */
final class CommonHeaders {

  private static final Map<String, String> EVERY_OPERATION =
      Map.of(
          RequestIds.REQUEST_ID_HEADER, "Kept when short and plain, else replaced; echoed back",
          RequestIds.CORRELATION_ID_HEADER,
              "Kept when short and plain, else replaced; echoed back");

  private CommonHeaders() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          EVERY_OPERATION.forEach(
                              (name, why) -> addIfMissing(operation, name, why));
                          if (method == PathItem.HttpMethod.POST) {
                            addIfMissing(
                                operation,
                                IdempotentPosts.KEY_HEADER,
                                "Same key and body: the first answer is replayed");
                          }
                        }));
  }

  private static void addIfMissing(Operation operation, String name, String why) {
    if (operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))) {
      return;
    }
    operation.addParameter(
        OASFactory.createParameter()
            .name(name)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(why)
            .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
  }
}
