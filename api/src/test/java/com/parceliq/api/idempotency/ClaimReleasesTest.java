package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A buy waiting for its workflow when PostgreSQL stopped answered 503, but its Idempotency-Key
 * stayed "in flight": every retry after the database was back answered 409 until the in-flight
 * expiry, minutes later (found by InFlightRequestOutageIT). The claim is now released as soon as
 * the database answers again.
 */
class ClaimReleasesTest {

  private static final JDBCConnectionException DOWN =
      new JDBCConnectionException("gone", new SQLException("Connection refused", "08001"));

  private final IdempotencyRecords records = mock(IdempotencyRecords.class);
  private final ClaimReleases releases = new ClaimReleases();

  ClaimReleasesTest() {
    releases.records = records;
  }

  @Test
  void aClaimWhoseReleaseFailsWhilePostgresIsDownIsReleasedOnceItIsBack() {
    doThrow(DOWN).doThrow(DOWN).doNothing().when(records).release("ten_1", "key-1");

    assertThatThrownBy(() -> releases.release("ten_1", "key-1")).isSameAs(DOWN);
    releases.releasePending();
    assertThat(releases.pendingCount()).as("still down: kept").isEqualTo(1);
    releases.releasePending();

    verify(records, times(3)).release("ten_1", "key-1");
    assertThat(releases.pendingCount()).isZero();
  }

  @Test
  void anAnswerThatCannotBeStoredWhilePostgresIsDownFreesTheKeyOnceItIsBack() {
    doNothing().when(records).release("ten_1", "key-2");

    assertThatThrownBy(
            () ->
                releases.completeOrRelease(
                    "ten_1",
                    "key-2",
                    () -> {
                      throw DOWN;
                    }))
        .isSameAs(DOWN);
    releases.releasePending();

    verify(records).release("ten_1", "key-2");
    assertThat(releases.pendingCount()).isZero();
  }

  @Test
  void aFailureThatIsNoOutageIsNotKept() {
    IllegalStateException bug = new IllegalStateException("bug");
    doThrow(bug).when(records).release("ten_1", "key-3");

    assertThatThrownBy(() -> releases.release("ten_1", "key-3")).isSameAs(bug);

    assertThat(releases.pendingCount()).isZero();
  }
}
