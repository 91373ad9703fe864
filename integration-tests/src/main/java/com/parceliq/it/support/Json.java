package com.parceliq.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** JSON helpers. Money is read as {@link BigDecimal} from its string form, never as a double. */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Not JSON: " + abbreviate(text), e);
    }
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A money field, which the contract requires to be a decimal string such as {@code "12.34"}.
   * Fails when the field is a JSON number, so floating point money cannot slip through unnoticed.
   */
  public static BigDecimal money(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new AssertionError(
          "Expected '" + field + "' to be a decimal string, got " + value + " in " + node);
    }
    return new BigDecimal(value.asText());
  }

  static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }
}
