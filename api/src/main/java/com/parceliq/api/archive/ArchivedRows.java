package com.parceliq.api.archive;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.hibernate.annotations.ColumnTransformer;

/**
 * Turns an archived row ({@code to_jsonb(row)}: column names as keys) back into a transient entity
 * of the hot read model, so an archived shipment is rendered by the very code that renders a hot
 * one. The entity's own column mapping decides which key fills which field: a column added later
 * needs no change here, and a key the entity does not know is ignored.
 */
public final class ArchivedRows {

  private ArchivedRows() {}

  /** A new, unmanaged {@code type} entity holding {@code row}'s columns. */
  public static <T> T toEntity(JsonNode row, Class<T> type) {
    if (row == null || !row.isObject()) {
      throw new IllegalArgumentException("an archived row is a JSON object");
    }
    T entity = newInstance(type);
    // Declared, not public, fields: Quarkus rewrites an entity's public fields behind accessors.
    for (Field field : type.getDeclaredFields()) {
      if (!isColumn(field)) {
        continue;
      }
      field.setAccessible(true);
      JsonNode value = row.get(columnName(field));
      if (value != null) {
        set(entity, field, value);
      }
    }
    return entity;
  }

  /** Every instance field of an entity is a column unless transient or added by Hibernate. */
  private static boolean isColumn(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !field.getName().startsWith("$$")
        && !field.isAnnotationPresent(Transient.class);
  }

  static String columnName(Field field) {
    Column column = field.getAnnotation(Column.class);
    if (column != null && !column.name().isEmpty()) {
      return column.name();
    }
    return snakeCase(field.getName());
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static void set(Object entity, Field field, JsonNode value) {
    try {
      field.set(entity, convert(field, value));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("entity field " + field + " is not writable", e);
    }
  }

  private static Object convert(Field field, JsonNode value) {
    Class<?> type = field.getType();
    if (value.isNull()) {
      if (type.isPrimitive()) {
        throw new IllegalArgumentException("column " + columnName(field) + " is null");
      }
      return null;
    }
    if (type == String.class) {
      // A jsonb column is nested in the row; the entity keeps it as JSON text.
      return isJsonColumn(field) ? value.toString() : value.asText();
    }
    if (type == BigDecimal.class) {
      // Exact: the document is read with BigDecimal numbers (ArchiveDocuments), never doubles.
      return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    }
    if (type == Instant.class) {
      // PostgreSQL writes timestamptz with its session's offset, e.g. 2026-01-02T03:04:05.1+00:00.
      return OffsetDateTime.parse(value.asText()).toInstant();
    }
    if (type == boolean.class || type == Boolean.class) {
      return value.asBoolean();
    }
    if (type == int.class || type == Integer.class) {
      return value.intValue();
    }
    if (type == long.class || type == Long.class) {
      return value.longValue();
    }
    throw new IllegalStateException("no archived-row conversion for " + field);
  }

  private static boolean isJsonColumn(Field field) {
    ColumnTransformer transformer = field.getAnnotation(ColumnTransformer.class);
    return transformer != null && transformer.write().contains("jsonb");
  }

  private static <T> T newInstance(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | NoSuchMethodException e) {
      throw new IllegalStateException("cannot create a " + type.getName(), e);
    }
  }
}
