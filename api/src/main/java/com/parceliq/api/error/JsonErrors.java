package com.parceliq.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.parceliq.api.http.NulFreeStrings;
import com.parceliq.domain.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson's parse and binding failures into 400 REQUEST.MALFORMED. Jackson's own messages
 * name Java classes, so they are never shown; the field path (already the JSON names) is.
 */
public final class JsonErrors {

  private JsonErrors() {}

  public static ApiError toApiError(JsonProcessingException failure) {
    if (!isSyntaxError(failure)
        && failure instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      String field = path(mapping.getPath());
      Class<?> target =
          mapping instanceof MismatchedInputException mismatched
              ? mismatched.getTargetType()
              : null;
      if (failure instanceof NulFreeStrings.NulCharacterException) {
        return ErrorStatus.error(
            ErrorCode.REQUEST_MALFORMED,
            Messages.NUL_CHARACTER,
            List.of(new FieldError(field, NulFreeStrings.FIELD_MESSAGE)));
      }
      String message = target == null ? "has an invalid value" : "must be " + describe(target);
      return ErrorStatus.error(
          ErrorCode.REQUEST_MALFORMED,
          Messages.WRONG_TYPES,
          List.of(new FieldError(field, message)));
    }
    return ErrorStatus.error(ErrorCode.REQUEST_MALFORMED, Messages.MALFORMED_JSON);
  }

  /** Broken JSON (even when data binding wrapped it with a path) names no field: it has none. */
  static boolean isSyntaxError(JsonProcessingException failure) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (current instanceof StreamReadException) {
        return true;
      }
      if (current.getCause() == current) {
        return false;
      }
    }
    return false;
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  static String describe(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type)
        || type == BigDecimal.class
        || type == BigInteger.class
        || (type.isPrimitive() && type != void.class)) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a value of another type";
  }
}
