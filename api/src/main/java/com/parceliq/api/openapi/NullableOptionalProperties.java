package com.parceliq.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The DTOs are records serialized with nulls included ({@code "revoked_at": null}), but the
 * generator documents every property as non-null. Here a property that its schema does not list as
 * required also accepts null; a required one stays strict.
 */
final class NullableOptionalProperties {

  /** Jackson's tree type: the generator describes its Java getters, the API sends any JSON. */
  private static final String ANY_JSON = "JsonNode";

  private NullableOptionalProperties() {}

  static void apply(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = components.getSchemas();
    if (schemas.containsKey(ANY_JSON)) {
      components.addSchema(
          ANY_JSON, OASFactory.createSchema().description("Any JSON value (event data)"));
    }
    schemas.values().forEach(NullableOptionalProperties::optionalMayBeNull);
  }

  private static void optionalMayBeNull(Schema schema) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> property : Map.copyOf(properties).entrySet()) {
      if (!required.contains(property.getKey())) {
        schema.addProperty(property.getKey(), orNull(property.getValue()));
      }
    }
  }

  private static Schema orNull(Schema property) {
    if (property.getRef() != null || property.getAllOf() != null || property.getOneOf() != null) {
      // A $ref (or a composition) cannot take another type beside it: wrap it instead.
      return OASFactory.createSchema()
          .description(property.getDescription())
          .anyOf(List.of(property.description(null), nullSchema()));
    }
    List<SchemaType> types = property.getType();
    if (types == null || types.contains(SchemaType.NULL)) {
      return property;
    }
    property.addType(SchemaType.NULL);
    if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
      List<Object> values = new ArrayList<>(property.getEnumeration());
      values.add(null);
      property.setEnumeration(values);
    }
    return property;
  }

  private static Schema nullSchema() {
    return OASFactory.createSchema().addType(SchemaType.NULL);
  }
}
