package com.parceliq.api.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Token buckets in PostgreSQL (table rate_limit_buckets, V16), so every API replica draws from the
 * same bucket. Each consumption is one short transaction of its own (SELECT ... FOR UPDATE of the
 * bucket's row, then UPDATE), independent of the request's transaction.
 */
@ApplicationScoped
public class SharedBuckets {

  /** A full bucket is kept this long after it refilled, then its row may go. */
  private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);

  @Inject AgroalDataSource dataSource;

  private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  @PostConstruct
  void connect() {
    buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    KEEP_FULL_BUCKETS))
            .build();
  }

  /** Takes one token from the bucket {@code id} of this plan, if it has one. */
  public ConsumptionProbe tryConsume(String id, BucketPlan plan) {
    return buckets
        .builder()
        .build(id + "|" + plan.signature(), plan::configuration)
        .tryConsumeAndReturnRemaining(1);
  }

  /** Deletes up to {@code batch} buckets that are full again; returns how many. */
  public int removeExpired(int batch) {
    return buckets.removeExpired(batch);
  }
}
