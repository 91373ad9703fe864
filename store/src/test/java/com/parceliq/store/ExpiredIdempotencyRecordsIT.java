package com.parceliq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The retention cleanup's SQL against the real PostgreSQL of {@code ./parceliq test} (schema by
 * Flyway, applied when the stack's API started).
 *
 * <p>The running API cleans the same table on its own schedule, with a cutoff of its clock minus 48
 * h. This test pretends it is two hours later, so its cutoff is 46 h ago and its "expired" rows are
 * between 46 and 47 h old: past the test's cutoff, never reached by the API's, so the API's cleanup
 * cannot take them from under the assertions. The test stack's database is fresh, so nothing else
 * in it is that old.
 */
class ExpiredIdempotencyRecordsIT {

  private static final Duration RETENTION = Duration.ofHours(48);
  private static final Instant NOW = Instant.now().plus(Duration.ofHours(2));
  private static final Instant CUTOFF = NOW.minus(RETENTION);

  private final PGSimpleDataSource dataSource = dataSource();
  private final ExpiredIdempotencyRecords expired = new ExpiredIdempotencyRecords(dataSource);
  private String scope;

  /** The test's own session for setting up and reading back; the cleaner opens its own. */
  private Connection session;

  @BeforeEach
  void newScope() throws SQLException {
    scope = "it-retention-" + UUID.randomUUID();
    session = dataSource.getConnection();
  }

  @AfterEach
  void removeScope() throws SQLException {
    try (PreparedStatement delete =
        session.prepareStatement("delete from idempotency_records where tenant_id = ?")) {
      delete.setString(1, scope);
      delete.executeUpdate();
    } finally {
      session.close();
    }
  }

  @Test
  void recordsOlderThanTheRetentionAreRemovedAndYoungerOnesKept() throws SQLException {
    insert("old-completed", CUTOFF.minusSeconds(1), "completed");
    insert("old-in-flight", CUTOFF.minus(Duration.ofMinutes(30)), "in_flight");
    insert("a-day-old", NOW.minus(Duration.ofHours(24)), "completed");
    insert("just-inside", CUTOFF.plusSeconds(1), "completed");

    while (expired.deleteBatch(CUTOFF, 100) > 0) {
      // until nothing is left to remove
    }

    assertThat(keys()).containsExactlyInAnyOrder("a-day-old", "just-inside");
  }

  @Test
  void aBatchRemovesAtMostItsLimitOldestFirst() throws SQLException {
    for (int i = 0; i < 5; i++) {
      insert("key-" + i, CUTOFF.minus(Duration.ofMinutes(10 - i)), "completed");
    }

    assertThat(expired.deleteBatch(CUTOFF, 2)).isEqualTo(2);
    assertThat(keys()).containsExactlyInAnyOrder("key-2", "key-3", "key-4");
    assertThat(expired.deleteBatch(CUTOFF, 2)).isEqualTo(2);
    assertThat(expired.deleteBatch(CUTOFF, 2)).isEqualTo(1);
    assertThat(expired.deleteBatch(CUTOFF, 2)).isZero();
    assertThat(keys()).isEmpty();
  }

  @Test
  void severalInstancesCleaningAtOnceRemoveEachRecordOnceWithoutErrors() throws Exception {
    int records = 300;
    for (int i = 0; i < records; i++) {
      insert("key-" + i, CUTOFF.minus(Duration.ofSeconds(i + 1)), "completed");
    }
    int cleaners = 4;
    CountDownLatch start = new CountDownLatch(cleaners);
    List<Callable<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < cleaners; i++) {
      runs.add(
          () -> {
            start.countDown();
            start.await();
            int removed = 0;
            int batch;
            while ((batch = expired.deleteBatch(CUTOFF, 10)) > 0) {
              removed += batch;
            }
            return removed;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(cleaners);
    int removed = 0;
    try {
      for (Future<Integer> run : pool.invokeAll(runs)) {
        removed += run.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(removed).isEqualTo(records);
    assertThat(keys()).isEmpty();
  }

  private void insert(String key, Instant createdAt, String state) throws SQLException {
    try (PreparedStatement insert =
        session.prepareStatement(
            "insert into idempotency_records (tenant_id, idempotency_key, method, path,"
                + " request_hash, state, created_at) values (?, ?, 'POST', '/v1/it', 'h', ?,"
                + " ?)")) {
      insert.setString(1, scope);
      insert.setString(2, key);
      insert.setString(3, state);
      insert.setTimestamp(4, Timestamp.from(createdAt));
      insert.executeUpdate();
    }
  }

  private List<String> keys() throws SQLException {
    try (PreparedStatement select =
        session.prepareStatement(
            "select idempotency_key from idempotency_records where tenant_id = ?")) {
      select.setString(1, scope);
      List<String> keys = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getString(1));
        }
      }
      return keys;
    }
  }

  /** The stack's database as {@code ./parceliq test} exports it, else the test stack's default. */
  private static PGSimpleDataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(
        env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:55442/parceliq"));
    dataSource.setUser(env("QUARKUS_DATASOURCE_USERNAME", "parceliq"));
    dataSource.setPassword(env("QUARKUS_DATASOURCE_PASSWORD", "parceliq"));
    return dataSource;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
