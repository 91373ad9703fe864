package com.parceliq.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes answers for storage and prepares stored ones for replay. */
@ApplicationScoped
public class StoredAnswers {

  @Inject ObjectMapper mapper;

  public StoredAnswers() {}

  StoredAnswers(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The answer as the client received it (the same mapper renders live responses). */
  public String write(Object entity) {
    try {
      return mapper.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer is always writable as JSON", e);
    }
  }

  /**
   * A replayed error names the replaying request's id, so it matches its X-Request-Id header; a
   * replayed success is returned byte for byte.
   */
  public String withRequestId(String storedBody, String requestId) {
    try {
      JsonNode document = mapper.readTree(storedBody);
      if (document.path("error") instanceof ObjectNode error && requestId != null) {
        error.put("request_id", requestId);
        return mapper.writeValueAsString(document);
      }
      return storedBody;
    } catch (JsonProcessingException e) {
      return storedBody;
    }
  }
}
