package com.parceliq.api.idempotency;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.RequestIds;
import com.parceliq.domain.ErrorCode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for a POST whose body is streamed (a carrier invoice of up to gigabytes):
 * its fingerprint is a digest computed while the body passes through, never a buffered copy. So the
 * key is claimed before the body is read (a concurrent retry gets 409 meanwhile) and the
 * fingerprint recorded once the body is through. A retry after the answer was stored reads its body
 * through the digest only, and gets the replay when the digests match, 422 otherwise.
 */
@ApplicationScoped
public class StreamedIdempotentPosts {

  /** The work of a streamed POST, and its fingerprint alone (for a retry). */
  public interface StreamedRequest {

    /** Reads the whole body, keeps nothing, and answers its request fingerprint. */
    String fingerprintOnly();

    /** Does the work, reading the body once. */
    Performed perform();
  }

  /** The answer and the fingerprint of the body the work read. */
  public record Performed(Response response, String fingerprint) {}

  /** Stands in for the fingerprint while the claimed request's body is still being read. */
  private static final String READING = "streaming";

  @Inject CallerContext caller;
  @Inject CurrentVertxRequest currentRequest;
  @Inject IdempotencyRecords records;
  @Inject ClaimWrites claimWrites;
  @Inject IdempotentPosts posts;
  @Inject StoredAnswers answers;

  @ConfigProperty(name = "parceliq.api.idempotency.in-flight-expiry", defaultValue = "5m")
  Duration inFlightExpiry;

  public Response execute(String idempotencyKeyHeader, StreamedRequest request) {
    Optional<String> key = IdempotentPosts.idempotencyKey(idempotencyKeyHeader);
    if (key.isEmpty()) {
      return request.perform().response();
    }
    HttpServerRequest http = currentRequest.getCurrent().request();
    String scope = caller.idempotencyScope();
    String requestId = http.getHeader(RequestIds.REQUEST_ID_HEADER);
    Instant claimedAt = IdempotentPosts.now();
    Optional<PriorRequest> prior = claimOrFindPrior(scope, key.get(), http.path(), claimedAt);
    if (prior.isPresent()) {
      StoredAnswer answer = prior.get().replayFor(request.fingerprintOnly());
      return posts.replayed(answer, requestId);
    }
    Performed performed;
    try {
      performed = request.perform();
    } catch (RuntimeException | Error failure) {
      // Nothing was created (the run starts last): the key is free for a corrected retry.
      release(scope, key.get(), claimedAt);
      throw failure;
    }
    Response response = performed.response();
    if (!IdempotentPosts.isFinal(response.getStatus())) {
      release(scope, key.get(), claimedAt);
      return response;
    }
    String location = response.getLocation() == null ? null : response.getLocation().toString();
    StoredAnswer stored =
        new StoredAnswer(response.getStatus(), answers.write(response.getEntity()), location);
    claimWrites.write(
        "store the answer for Idempotency-Key " + key.get(),
        () -> {
          records.fingerprint(scope, key.get(), performed.fingerprint());
          records.completeClaim(scope, key.get(), claimedAt, stored, IdempotentPosts.now());
        });
    return response;
  }

  private void release(String scope, String key, Instant claimedAt) {
    claimWrites.write(
        "release Idempotency-Key " + key, () -> records.releaseClaim(scope, key, claimedAt));
  }

  /** Empty when this request claimed the key; the completed prior request otherwise. */
  private Optional<PriorRequest> claimOrFindPrior(
      String scope, String key, String path, Instant claimedAt) {
    for (int round = 0; round < 2; round++) {
      if (records.claim(scope, key, path, READING, claimedAt)) {
        return Optional.empty();
      }
      Optional<PriorRequest> prior = records.find(scope, key);
      if (prior.isEmpty()) {
        continue;
      }
      if (prior.get().isAbandoned(Instant.now(), inFlightExpiry)) {
        records.removeAbandoned(scope, key, prior.get().createdAt());
        continue;
      }
      if (prior.get().completed()) {
        return prior;
      }
      break;
    }
    throw new ApiException(
        ErrorCode.IDEMPOTENCY_IN_FLIGHT,
        "A request with this Idempotency-Key is still in progress. Retry shortly.");
  }
}
