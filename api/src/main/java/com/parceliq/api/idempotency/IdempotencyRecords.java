package com.parceliq.api.idempotency;

import com.parceliq.store.IdempotencyRecordEntity;
import com.parceliq.store.IdempotencyRecordId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency_records table. Each step commits on its own, so the claim is visible to a
 * concurrent retry before the work starts, and the primary key decides which of two racing requests
 * does the work.
 */
@ApplicationScoped
public class IdempotencyRecords {

  /** Claims the key for this request; false when another request holds it already. */
  public boolean claim(String scope, String key, String path, String requestHash, Instant now) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                IdempotencyRecordEntity.getEntityManager()
                        .createNativeQuery(
                            "insert into idempotency_records"
                                + " (tenant_id, idempotency_key, method, path, request_hash, state,"
                                + " created_at) values (?1, ?2, 'POST', ?3, ?4, ?5, ?6)"
                                + " on conflict (tenant_id, idempotency_key) do nothing")
                        .setParameter(1, scope)
                        .setParameter(2, key)
                        .setParameter(3, path)
                        .setParameter(4, requestHash)
                        .setParameter(5, IdempotencyRecordEntity.IN_FLIGHT)
                        .setParameter(6, now)
                        .executeUpdate()
                    == 1);
  }

  public Optional<PriorRequest> find(String scope, String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                IdempotencyRecordEntity.<IdempotencyRecordEntity>findByIdOptional(
                        new IdempotencyRecordId(scope, key))
                    .map(IdempotencyRecords::toPriorRequest));
  }

  public void complete(String scope, String key, StoredAnswer answer, Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecordEntity.update(
                    "state = ?1, responseStatus = ?2, responseBody = ?3, responseLocation = ?4,"
                        + " completedAt = ?5 where id.tenantId = ?6 and id.idempotencyKey = ?7",
                    IdempotencyRecordEntity.COMPLETED,
                    answer.status(),
                    answer.body(),
                    answer.location(),
                    now,
                    scope,
                    key));
  }

  /**
   * Records the fingerprint of a streamed request, known only once its body was read: the claim was
   * taken before the body (see {@link StreamedIdempotentPosts}).
   */
  public void fingerprint(String scope, String key, String requestHash) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecordEntity.update(
                    "requestHash = ?1 where id.tenantId = ?2 and id.idempotencyKey = ?3",
                    requestHash,
                    scope,
                    key));
  }

  /**
   * Stores the answer of the claim taken at {@code claimedAt}; a later claim of the same key (after
   * this one was found abandoned) is left alone.
   */
  public void completeClaim(
      String scope, String key, Instant claimedAt, StoredAnswer answer, Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecordEntity.update(
                    "state = ?1, responseStatus = ?2, responseBody = ?3, responseLocation = ?4,"
                        + " completedAt = ?5 where id.tenantId = ?6 and id.idempotencyKey = ?7"
                        + " and state = ?8 and createdAt = ?9",
                    IdempotencyRecordEntity.COMPLETED,
                    answer.status(),
                    answer.body(),
                    answer.location(),
                    now,
                    scope,
                    key,
                    IdempotencyRecordEntity.IN_FLIGHT,
                    claimedAt));
  }

  /** Gives back the key claimed at {@code claimedAt}, unless a later claim replaced it. */
  public void releaseClaim(String scope, String key, Instant claimedAt) {
    removeAbandoned(scope, key, claimedAt);
  }

  /** Gives the key back (the work failed in a way worth retrying). */
  public void release(String scope, String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecordEntity.delete(
                    "id.tenantId = ?1 and id.idempotencyKey = ?2 and state = ?3",
                    scope,
                    key,
                    IdempotencyRecordEntity.IN_FLIGHT));
  }

  /** Removes an abandoned claim, unless someone else took it over meanwhile. */
  public void removeAbandoned(String scope, String key, Instant createdAt) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                IdempotencyRecordEntity.delete(
                    "id.tenantId = ?1 and id.idempotencyKey = ?2 and state = ?3 and createdAt = ?4",
                    scope,
                    key,
                    IdempotencyRecordEntity.IN_FLIGHT,
                    createdAt));
  }

  private static PriorRequest toPriorRequest(IdempotencyRecordEntity record) {
    boolean completed = IdempotencyRecordEntity.COMPLETED.equals(record.state);
    StoredAnswer answer =
        completed
            ? new StoredAnswer(record.responseStatus, record.responseBody, record.responseLocation)
            : null;
    return new PriorRequest(record.requestHash, completed, answer, record.createdAt);
  }
}
