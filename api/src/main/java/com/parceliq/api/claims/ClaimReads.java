package com.parceliq.api.claims;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.ClaimEntity;
import com.parceliq.store.ClaimEvidenceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads claims from the read model, always within one tenant: another tenant's claim does not exist
 * here (404, never 403). A claim whose workflow runs but whose row is not written yet is shown as
 * the workflow knows it.
 */
@ApplicationScoped
public class ClaimReads {

  @Inject ClaimWorkflows workflows;

  public ClaimDto view(String tenantId, String claimId) {
    return row(tenantId, claimId)
        .or(
            () ->
                IdPrefix.CLAIM.matches(claimId)
                    ? workflows.snapshot(tenantId, claimId).map(ClaimViews::of)
                    : Optional.empty())
        .orElseThrow(() -> ApiException.notFound("claim", claimId));
  }

  @Transactional
  public Optional<ClaimDto> row(String tenantId, String claimId) {
    return ClaimEntity.findForTenant(tenantId, claimId)
        .map(row -> ClaimViews.of(row, ClaimEvidenceEntity.ofClaim(tenantId, claimId)));
  }

  @Transactional
  public ClaimList list(String tenantId, Paging paging) {
    List<ClaimEntity> fetched = ClaimEntity.page(tenantId, paging.beforeId(), paging.fetchSize());
    return new ClaimList(
        paging.pageOf(fetched).stream()
            .map(row -> ClaimViews.of(row, ClaimEvidenceEntity.ofClaim(tenantId, row.id)))
            .toList(),
        paging.hasMore(fetched));
  }
}
