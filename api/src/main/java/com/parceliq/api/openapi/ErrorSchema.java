package com.parceliq.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The contract's error document as a schema: {@code {"error": {code, message, errors[{field,
 * message}], request_id}}} (api/error/ErrorBody renders it). Written by hand because ErrorBody is
 * produced by exception mappers, which the generator never sees.
 */
final class ErrorSchema {

  private ErrorSchema() {}

  static Schema create() {
    Schema fieldError =
        object(List.of("message"))
            .addProperty(
                "field",
                OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL)))
            .addProperty("message", DocumentedErrors.string());
    Schema detail =
        object(List.of("code", "message", "request_id", "errors"))
            .addProperty("code", DocumentedErrors.string().example("SHIPMENT.INVALID_STATE"))
            .addProperty("message", DocumentedErrors.string())
            .addProperty(
                "errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError))
            .addProperty("request_id", DocumentedErrors.string());
    return object(List.of("error"))
        .description("CONTRACT section 2: every error has this shape")
        .addProperty("error", detail);
  }

  private static Schema object(List<String> required) {
    return OASFactory.createSchema().addType(SchemaType.OBJECT).required(required);
  }
}
