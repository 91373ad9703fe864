package com.parceliq.activities.webhooks;

import com.parceliq.store.WebhookAttemptEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * POSTs a signed delivery with strict timeouts (connect 5 s, response 10 s) and keeps at most 1 KiB
 * of the answer: an endpoint cannot hold an attempt longer, nor make us store what it sends.
 * Redirects are not followed (a redirect could lead past the URL policy).
 */
@ApplicationScoped
public class WebhookPoster {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

  /** What the endpoint answered: a status and the start of its body, or why it did not. */
  public record Answer(Integer statusCode, String excerpt, String error) {
    public boolean isSuccess() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();

  /** The request's correlation id, as the API echoed it (CONTRACT section 5, additive). */
  static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

  /** {@code correlationId} may be null (an event no request caused): the header is left out. */
  public Answer post(
      String url,
      String eventId,
      String correlationId,
      long timestamp,
      String signature,
      byte[] body) {
    HttpRequest request;
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(RESPONSE_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "ParcelIQ-Webhooks/1")
              .header(WebhookSignature.EVENT_ID_HEADER, eventId)
              .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
              .header(WebhookSignature.SIGNATURE_HEADER, signature)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (correlationId != null) {
        builder.header(CORRELATION_ID_HEADER, correlationId);
      }
      request = builder.build();
    } catch (IllegalArgumentException e) {
      return new Answer(null, null, "invalid URL: " + e.getMessage());
    }
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Answer(response.statusCode(), excerpt(response.body()), null);
    } catch (IOException e) {
      return new Answer(null, null, describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, null, "interrupted");
    }
  }

  /** The first KiB of the body, read within the response timeout; the rest is never read. */
  private static String excerpt(InputStream body) {
    try (body) {
      byte[] head = body.readNBytes(WebhookAttemptEntity.RESPONSE_EXCERPT_BYTES);
      // A cut multi-byte character decodes as U+FFFD, which takes more bytes than it replaces.
      String text = new String(head, StandardCharsets.UTF_8);
      while (text.getBytes(StandardCharsets.UTF_8).length
          > WebhookAttemptEntity.RESPONSE_EXCERPT_BYTES) {
        text = text.substring(0, text.length() - 1);
      }
      return text.replace('\u0000', ' ');
    } catch (IOException e) {
      return null;
    }
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
