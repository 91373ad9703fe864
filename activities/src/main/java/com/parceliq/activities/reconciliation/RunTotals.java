package com.parceliq.activities.reconciliation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.workflows.ports.ReconciliationTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;

/** A run's totals as its row has them, for the {@code reconciliation.completed} event. */
@ApplicationScoped
public class RunTotals {

  private static final String SELECT =
      """
      select id, status, carrier, invoice_number, lines_parsed, labels_classified, summary::text,
             billed_total, expected_total, posted_total, report_key, failure_code
        from reconciliation_runs where id = ? and tenant_id = ?
      """;

  @Inject DataSource dataSource;
  @Inject ObjectMapper json;

  ReconciliationTotals of(String tenantId, String runId) {
    return Sql.inNewTransaction(
        dataSource,
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            Sql.bind(select, runId, tenantId);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                throw new IllegalStateException("run " + runId + " not found");
              }
              return new ReconciliationTotals(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getLong(5),
                  row.getLong(6),
                  summary(row.getString(7)),
                  amount(row.getBigDecimal(8)),
                  amount(row.getBigDecimal(9)),
                  amount(row.getBigDecimal(10)),
                  row.getString(11),
                  row.getString(12));
            }
          }
        });
  }

  private Map<String, Map<String, Object>> summary(String text) {
    try {
      return json.readValue(text, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String amount(BigDecimal value) {
    return value == null ? null : value.setScale(2).toPlainString();
  }
}
