package com.parceliq.store.rls;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Scopes every connection the pool hands out (Agroal calls this once per acquisition, which within
 * a transaction is once per transaction) and unscopes it when it goes back. A failure here fails
 * the acquisition: no connection is ever used with a scope other than the one decided.
 */
@ApplicationScoped
public class ScopedConnections implements AgroalPoolInterceptor {

  @Inject AmbientRowScope ambient;

  @Override
  public void onConnectionAcquire(Connection connection) {
    RowScope explicit = ScopedWork.current();
    try {
      RowScopeSession.apply(connection, explicit != null ? explicit : ambient.current());
    } catch (SQLException e) {
      throw new IllegalStateException("could not scope a database connection", e);
    }
  }

  @Override
  public void onConnectionReturn(Connection connection) {
    try {
      RowScopeSession.clear(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("could not unscope a database connection", e);
    }
  }
}
