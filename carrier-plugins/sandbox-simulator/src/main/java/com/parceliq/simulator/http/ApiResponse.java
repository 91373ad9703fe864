package com.parceliq.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, content type, extra headers and the body bytes. */
public record ApiResponse(
    int status, String contentType, Map<String, String> headers, byte[] body) {

  public static ApiResponse json(int status, Object value) {
    try {
      return new ApiResponse(
          status, "application/json", Map.of(), Json.MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      // Every value handed in is a simulator-owned record or map, so this is a programming error.
      throw new IllegalStateException("cannot serialize response", e);
    }
  }

  public static ApiResponse ok(Object value) {
    return json(200, value);
  }

  public static ApiResponse text(int status, String contentType, String body) {
    return new ApiResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, contentType, Map.copyOf(copy), body);
  }

  public ApiResponse withStatus(int newStatus) {
    return new ApiResponse(newStatus, contentType, headers, body);
  }
}
