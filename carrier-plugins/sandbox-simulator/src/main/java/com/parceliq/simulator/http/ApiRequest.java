package com.parceliq.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP request, already routed: the handler sees path parameters, query and body. */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> pathParams,
    Map<String, String> query,
    Map<String, String> headers,
    byte[] body) {

  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

  /** Header lookup; {@code headers} keys are lower case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
        .map(String::trim)
        .filter(value -> !value.isEmpty());
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  public Optional<String> queryParam(String name) {
    return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
  }

  /** The JSON body as {@code type}; an empty body reads as {@code {}} so defaults apply. */
  public <T> T bodyAs(Class<T> type) throws ApiException {
    try {
      return Json.MAPPER.readValue(body.length == 0 ? EMPTY_OBJECT : body, type);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
  }
}
