package com.parceliq.api.error;

import com.parceliq.temporal.TemporalFailures;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means a dependency (PostgreSQL, Temporal, S3) is down rather than a bug: the
 * client gets 503 with Retry-After and may try again (docs/adr/0024).
 */
public final class DependencyErrors {

  private DependencyErrors() {}

  public static boolean isUnavailable(Throwable failure) {
    return TemporalFailures.isServiceUnavailable(failure)
        || isDatabaseUnreachable(failure)
        || ObjectStoreErrors.isUnavailable(failure);
  }

  static boolean isDatabaseUnreachable(Throwable failure) {
    return CauseChain.of(failure)
        .anyMatch(
            current ->
                current instanceof JDBCConnectionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || (current instanceof SQLException sql && isConnectionFailure(sql)));
  }

  private static boolean isConnectionFailure(SQLException failure) {
    String state = failure.getSQLState();
    // Class 08 is "connection exception"; 57P0x is the server shutting down or restarting.
    if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
      return true;
    }
    // The Agroal pool reports an exhausted wait for a connection without an SQL state, and a pooled
    // connection the server closed (PostgreSQL restarted) as a failure to enlist it in the
    // transaction, also without one (found by the chaos run: answered 500 after a restart). The
    // pool drops that connection; the client's retry gets a fresh one.
    String message = failure.getMessage();
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("acquisition timeout")
        || lower.contains("exception in association of connection to existing transaction")
        || lower.contains("failed to enlist");
  }
}
