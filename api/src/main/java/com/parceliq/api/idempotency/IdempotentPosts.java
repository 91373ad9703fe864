package com.parceliq.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.error.ApiError;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.ErrorBody;
import com.parceliq.api.error.ErrorTranslator;
import com.parceliq.api.http.RequestIds;
import com.parceliq.domain.ErrorCode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for POSTs (CONTRACT section 2). Every POST resource runs its work through
 * {@link #execute}: the first request with a key claims it and its final answer is stored; a retry
 * with the same body gets that answer replayed, with a different body a 422, while the first is
 * still running a 409. Answers worth retrying (202, 5xx, 409, 429) are not stored: the key is
 * released.
 */
@ApplicationScoped
public class IdempotentPosts {

  public static final String KEY_HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 255;

  @Inject CallerContext caller;
  @Inject CurrentVertxRequest currentRequest;
  @Inject IdempotencyRecords records;
  @Inject ObjectMapper mapper;
  @Inject StoredAnswers answers;
  @Inject ClaimWrites claimWrites;

  @ConfigProperty(name = "parceliq.api.idempotency.in-flight-expiry", defaultValue = "5m")
  Duration inFlightExpiry;

  private ObjectMapper canonicalMapper;

  /** Runs {@code work} at most once per idempotency key; {@code body} is the parsed request. */
  public Response execute(Object body, Supplier<Response> work) {
    HttpServerRequest request = currentRequest.getCurrent().request();
    Optional<String> key = idempotencyKey(request.getHeader(KEY_HEADER));
    if (key.isEmpty()) {
      return work.get();
    }
    String scope = caller.idempotencyScope();
    String path = request.path();
    String requestHash = RequestFingerprint.of("POST", path, canonicalJson(body));
    String requestId = request.getHeader(RequestIds.REQUEST_ID_HEADER);

    Instant claimedAt = now();
    Optional<StoredAnswer> replay = claimOrReplay(scope, key.get(), path, requestHash, claimedAt);
    if (replay.isPresent()) {
      return replayed(replay.get(), requestId);
    }
    Response response;
    try {
      response = work.get();
    } catch (RuntimeException | Error failure) {
      ApiError error = ErrorTranslator.translate(failure);
      if (isFinal(error.status())) {
        String stored = answers.write(ErrorBody.of(error, requestId));
        complete(scope, key.get(), claimedAt, new StoredAnswer(error.status(), stored, null));
      } else {
        release(scope, key.get(), claimedAt);
      }
      throw failure;
    }
    if (isFinal(response.getStatus())) {
      String location = response.getLocation() == null ? null : response.getLocation().toString();
      Object entity = response.getEntity();
      Object storable = entity instanceof ReplaySafe secret ? secret.redactedForReplay() : entity;
      StoredAnswer answer =
          new StoredAnswer(response.getStatus(), answers.write(storable), location);
      complete(scope, key.get(), claimedAt, answer);
    } else {
      release(scope, key.get(), claimedAt);
    }
    return response;
  }

  private void complete(String scope, String key, Instant claimedAt, StoredAnswer answer) {
    claimWrites.write(
        "store the answer for Idempotency-Key " + key,
        () -> records.completeClaim(scope, key, claimedAt, answer, now()));
  }

  private void release(String scope, String key, Instant claimedAt) {
    claimWrites.write(
        "release Idempotency-Key " + key, () -> records.releaseClaim(scope, key, claimedAt));
  }

  /** The key of this request, validated; empty when the client sent none. */
  public static Optional<String> idempotencyKey(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = header.strip();
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw ApiException.invalidField(
          KEY_HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters, unique per operation");
    }
    return Optional.of(key);
  }

  /**
   * Only answers the same request would get again are replayed; the rest may be retried. A 202
   * means the operation is still running: the retry re-attaches to it (its workflow update id comes
   * from the key) and gets the result once there is one.
   */
  static boolean isFinal(int status) {
    boolean success = status >= 200 && status < 300 && status != 202;
    boolean clientError = status >= 400 && status < 500 && status != 409 && status != 429;
    return success || clientError;
  }

  private Optional<StoredAnswer> claimOrReplay(
      String scope, String key, String path, String requestHash, Instant claimedAt) {
    // Two rounds: the holder of the key may release it or be found abandoned between our steps.
    for (int round = 0; round < 2; round++) {
      if (records.claim(scope, key, path, requestHash, claimedAt)) {
        return Optional.empty();
      }
      Optional<PriorRequest> prior = records.find(scope, key);
      if (prior.isEmpty()) {
        continue;
      }
      if (prior.get().isAbandoned(now(), inFlightExpiry)) {
        records.removeAbandoned(scope, key, prior.get().createdAt());
        continue;
      }
      return Optional.of(prior.get().replayFor(requestHash));
    }
    throw new ApiException(
        ErrorCode.IDEMPOTENCY_IN_FLIGHT,
        "A request with this Idempotency-Key is still in progress. Retry shortly.");
  }

  Response replayed(StoredAnswer answer, String requestId) {
    Response.ResponseBuilder response =
        Response.status(answer.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(answers.withRequestId(answer.body(), requestId))
            .header(REPLAYED_HEADER, "true");
    if (answer.location() != null) {
      response.header(HttpHeaders.LOCATION, answer.location());
    }
    return response.build();
  }

  @PostConstruct
  void init() {
    canonicalMapper = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  private String canonicalJson(Object body) {
    try {
      return canonicalMapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed request body is always writable as JSON", e);
    }
  }

  /** Microseconds, as PostgreSQL stores them: the claim's time is compared with the stored one. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
