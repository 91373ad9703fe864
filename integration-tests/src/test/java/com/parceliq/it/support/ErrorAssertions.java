package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's error shape: {@code {"error": {"code", "message", "errors": [{field, message}],
 * "request_id"}}}, the request id echoed in {@code X-Request-Id}, and never a stack trace.
 */
public final class ErrorAssertions {

  private ErrorAssertions() {}

  /** Asserts status, code and shape; returns the {@code error} object for further checks. */
  public static JsonNode assertError(ApiResponse response, int status, String code) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    JsonNode error = assertShape(response);
    assertThat(error.path("code").asText()).as("error.code of %s", response).isEqualTo(code);
    return error;
  }

  /**
   * Asserts the contract's error shape whatever the status and code (a 503 also carries
   * Retry-After); returns the {@code error} object.
   */
  public static JsonNode assertShape(ApiResponse response) {
    if (response.status() == 503) {
      assertThat(response.header("Retry-After")).as("Retry-After of %s", response).isPresent();
    }
    assertThat(response.header("Content-Type"))
        .as("content type of %s", response)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = response.json().path("error");
    assertThat(error.isObject()).as("'error' object in %s", response).isTrue();
    assertThat(error.path("code").asText()).as("error.code of %s", response).isNotBlank();
    assertThat(error.path("message").asText()).as("error.message of %s", response).isNotBlank();
    assertThat(error.path("errors").isArray()).as("error.errors of %s", response).isTrue();
    for (JsonNode fieldError : error.path("errors")) {
      assertThat(fieldError.path("field").isTextual()).as("field of %s", fieldError).isTrue();
      assertThat(fieldError.path("message").asText()).as("message of %s", fieldError).isNotBlank();
    }
    String requestId = error.path("request_id").asText();
    assertThat(requestId).as("error.request_id of %s", response).isNotBlank();
    assertThat(response.header("X-Request-Id"))
        .as("X-Request-Id header of %s", response)
        .contains(requestId);
    assertThat(response.text())
        .as("a stack trace leaked in %s", response)
        .doesNotContain("\tat ")
        .doesNotContain("Exception:")
        .doesNotContain("com.parceliq.");
    return error;
  }

  /** The {@code field} of every entry in {@code error.errors}. */
  public static List<String> fieldsOf(JsonNode error) {
    List<String> fields = new ArrayList<>();
    error.path("errors").forEach(fieldError -> fields.add(fieldError.path("field").asText()));
    return fields;
  }
}
