package com.parceliq.temporal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/**
 * How workflow inputs, results and activity arguments become JSON in history. Every client and
 * worker must use the same one (see {@code TemporalConnections.clientOptions}), and replay tests
 * too.
 *
 * <p>Departures from the SDK default: payloads are the record components only ({@code
 * Money.isPositive()} is behaviour, not data, and would otherwise be written as a {@code positive}
 * field); unknown fields are ignored, so a worker still running the previous version reads a
 * payload that gained a field; and update-validator rejections keep their error code (see {@link
 * RejectionPreservingFailureConverter}).
 */
public final class ParcelIqDataConverter {

  private static final DataConverter INSTANCE =
      DefaultDataConverter.newDefaultInstance()
          .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(objectMapper()))
          .withFailureConverter(new RejectionPreservingFailureConverter());

  private ParcelIqDataConverter() {}

  public static DataConverter instance() {
    return INSTANCE;
  }

  static ObjectMapper objectMapper() {
    ObjectMapper mapper = JacksonJsonPayloadConverter.newDefaultObjectMapper();
    mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return mapper;
  }
}
