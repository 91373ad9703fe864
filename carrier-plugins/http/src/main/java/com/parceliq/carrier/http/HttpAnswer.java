package com.parceliq.carrier.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a carrier answered, whatever the status: each adapter reads its own error shapes. */
public record HttpAnswer(int status, HttpHeaders headers, byte[] body) {

  public boolean isSuccess() {
    return status / 100 == 2;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }
}
