package com.parceliq.activities.webhooks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.parceliq.store.EventEntity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The body of a delivery, {@code {"id", "type", "created_at", "data"}}, built from the event row
 * alone: the data is the stored JSON as PostgreSQL returns it (jsonb prints canonically), and the
 * time always has microseconds, so every delivery of one event id, first or replayed, sends the
 * same bytes.
 */
public final class WebhookBody {

  // Decimals stay exact: a number in the data is sent as it was stored, never via double.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private WebhookBody() {}

  public static byte[] of(EventEntity event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + event.dataJson.length());
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", event.id);
      json.writeStringField("type", event.eventType);
      json.writeStringField("created_at", CREATED_AT.format(event.createdAt));
      json.writeFieldName("data");
      // Re-read and written in the order stored: a raw copy would trust the column blindly.
      json.writeTree(JSON.readTree(event.dataJson));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("event " + event.id + " data is not JSON", e);
    }
    return out.toByteArray();
  }
}
