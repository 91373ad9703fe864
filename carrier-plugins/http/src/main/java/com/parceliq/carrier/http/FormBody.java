package com.parceliq.carrier.http;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded} bodies and Basic credentials, as OAuth wants them. */
public final class FormBody {

  private FormBody() {}

  /** The fields in their map's order (use a LinkedHashMap when order is asserted). */
  public static HttpRequest.BodyPublisher of(Map<String, String> fields) {
    String encoded =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.BodyPublishers.ofString(encoded);
  }

  public static String basicAuthorization(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
