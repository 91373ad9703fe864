package com.parceliq.carrier.http;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import io.opentelemetry.api.trace.Span;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;

/**
 * HTTP to one carrier with timeouts. A call that gets an answer returns it, whatever its status; a
 * call that gets none leaves as a {@link CarrierException}: TIMEOUT when the request went out and
 * its outcome is unknown, UNAVAILABLE when it never reached the carrier.
 */
public final class CarrierHttp {

  private final String carrier;
  private final Duration requestTimeout;
  private final HttpClient client;

  public CarrierHttp(String carrier, Duration connectTimeout, Duration requestTimeout) {
    this.carrier = carrier;
    this.requestTimeout = requestTimeout;
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-http call.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
  }

  public HttpAnswer send(HttpRequest.Builder request) {
    Span span = CarrierSpans.start(carrier, request);
    HttpResponse<byte[]> response;
    try {
      HttpRequest built = request.timeout(requestTimeout).build();
      CarrierSpans.describe(span, built);
      response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
      CarrierSpans.answered(span, response.statusCode());
    } catch (IOException e) {
      CarrierSpans.failed(span, e);
      throw noAnswer(carrier, e);
    } catch (InterruptedException e) {
      CarrierSpans.failed(span, e);
      // The activity is being cancelled; keep the flag so it sees that too.
      Thread.currentThread().interrupt();
      throw new CarrierException(
          carrier, CarrierErrorKind.UNAVAILABLE, carrier + " call interrupted", e);
    } finally {
      span.end();
    }
    return new HttpAnswer(response.statusCode(), response.headers(), response.body());
  }

  /**
   * Sends the request {@code withToken} builds around the account's current token; when the carrier
   * answers 401 the token is dropped and the request sent once more with a fresh one. A second 401
   * is returned like any answer (the credentials themselves are wrong).
   */
  public HttpAnswer sendAuthorized(
      OAuthTokens tokens, Function<String, HttpRequest.Builder> withToken) {
    String token = tokens.value();
    HttpAnswer answer = send(withToken.apply(token));
    if (answer.status() != 401) {
      return answer;
    }
    tokens.rejected(token);
    return send(withToken.apply(tokens.value()));
  }

  static CarrierException noAnswer(String carrier, IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // A connect timeout means the request never left: nothing can have happened at the carrier.
    CarrierErrorKind kind =
        e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)
            ? CarrierErrorKind.TIMEOUT
            : CarrierErrorKind.UNAVAILABLE;
    return new CarrierException(carrier, kind, carrier + " call failed: " + detail, e);
  }
}
