package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads runs from {@code reconciliation_runs}, always within the caller's tenant (the connection is
 * scoped to it, and every query names it too): another tenant's run does not exist here.
 */
@ApplicationScoped
class ReconciliationReads {

  @Inject ObjectMapper mapper;
  @Inject ReconciliationWorkflows workflows;

  /** The run; pending while its workflow runs but has not recorded its row yet; else 404. */
  ReconciliationRunDto view(String tenantId, String runId) {
    if (!IdPrefix.RECONCILIATION.matches(runId)) {
      throw ApiException.notFound("reconciliation run", runId);
    }
    return row(tenantId, runId)
        .or(() -> workflows.pendingRun(tenantId, runId))
        .orElseThrow(() -> ApiException.notFound("reconciliation run", runId));
  }

  @Transactional
  Optional<ReconciliationRunDto> row(String tenantId, String runId) {
    List<?> rows =
        query(
                "select "
                    + ReconciliationRunViews.COLUMNS
                    + " from reconciliation_runs where tenant_id = ?1 and id = ?2")
            .setParameter(1, tenantId)
            .setParameter(2, runId)
            .getResultList();
    return rows.stream().findFirst().map(row -> toDto((Object[]) row));
  }

  @Transactional
  ReconciliationRunList list(String tenantId, Paging paging) {
    // Keyed run ids (from an Idempotency-Key) do not sort by time: the page follows created_at.
    String before =
        paging.beforeId() == null
            ? ""
            : " and (created_at, id) < (select created_at, id from reconciliation_runs"
                + " where tenant_id = ?1 and id = ?2)";
    Query query =
        query(
                "select "
                    + ReconciliationRunViews.COLUMNS
                    + " from reconciliation_runs where tenant_id = ?1"
                    + before
                    + " order by created_at desc, id desc")
            .setParameter(1, tenantId)
            .setMaxResults(paging.fetchSize());
    if (paging.beforeId() != null) {
      query.setParameter(2, paging.beforeId());
    }
    List<?> fetched = query.getResultList();
    List<ReconciliationRunDto> runs =
        paging.pageOf(fetched).stream().map(row -> toDto((Object[]) row)).toList();
    return new ReconciliationRunList(runs, paging.hasMore(fetched));
  }

  private static Query query(String sql) {
    return TenantEntity.getEntityManager().createNativeQuery(sql);
  }

  private ReconciliationRunDto toDto(Object[] row) {
    return ReconciliationRunViews.fromRow(row, this::summary);
  }

  private JsonNode summary(String json) {
    try {
      return mapper.readTree(json == null ? "{}" : json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reconciliation_runs.summary is jsonb", e);
    }
  }
}
