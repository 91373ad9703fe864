package com.parceliq.api.error;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.parceliq.domain.ErrorCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns bean-validation violations into field errors named as the client wrote them: the JSON path
 * in snake_case ({@code to_address.zip}), without the Java method and parameter names.
 */
public final class ConstraintViolations {

  private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private ConstraintViolations() {}

  public static ApiError toApiError(Set<? extends ConstraintViolation<?>> violations) {
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .distinct()
            .toList();
    return ErrorStatus.error(ErrorCode.REQUEST_INVALID, "The request has invalid fields.", errors);
  }

  public static String fieldName(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (!isDataNode(node.getKind())) {
        continue;
      }
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(position).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(SNAKE_CASE.translate(node.getName()));
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  private static boolean isDataNode(ElementKind kind) {
    return kind == ElementKind.PROPERTY
        || kind == ElementKind.BEAN
        || kind == ElementKind.CONTAINER_ELEMENT;
  }
}
