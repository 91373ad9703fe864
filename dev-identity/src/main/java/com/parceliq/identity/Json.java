package com.parceliq.identity;

import java.util.Collection;
import java.util.Map;

/** The little JSON this server writes: objects of strings, numbers and string arrays. */
public final class Json {

  private Json() {}

  public static String object(Map<String, ?> fields) {
    StringBuilder out = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (out.length() > 1) {
            out.append(',');
          }
          out.append(string(name)).append(':').append(value(value));
        });
    return out.append('}').toString();
  }

  private static String value(Object value) {
    return switch (value) {
      case null -> "null";
      case Number number -> number.toString();
      case Boolean bool -> bool.toString();
      case Collection<?> items ->
          "[" + String.join(",", items.stream().map(Json::value).toList()) + "]";
      case Map<?, ?> map -> object(stringKeys(map));
      default -> string(value.toString());
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> stringKeys(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }

  static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
