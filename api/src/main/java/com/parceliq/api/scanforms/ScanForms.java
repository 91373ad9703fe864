package com.parceliq.api.scanforms;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.api.temporal.PostingWorkflows;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.scanform.ScanFormRequest;
import com.parceliq.workflows.scanform.ScanFormResult;
import com.parceliq.workflows.scanform.ScanFormWorkflow;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes scan forms through the scan form workflow and waits for it. The entry point for every route
 * that makes one ({@code POST /v1/scan_forms}, and a batch's scan form): the caller has
 * authenticated the tenant and runs it inside its idempotency handling.
 */
@ApplicationScoped
public class ScanForms {

  /** What one carrier manifest takes at most (the sandbox carrier's limit). */
  public static final int MAX_SHIPMENTS = 1000;

  @Inject PostingWorkflows workflows;
  @Inject ScanFormReads reads;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject CurrentVertxRequest currentRequest;

  /**
   * Manifests {@code shipmentIds} of {@code tenantId} into one scan form and returns it. With an
   * {@code idempotencyKey} the scan form id is derived from it, so a retry joins the same scan form
   * (or reads its result) instead of making another. Refusals: 422 {@code
   * SCAN_FORM.INVALID_SHIPMENTS} naming each offending {@code shipments[i]} (unknown or another
   * tenant's, not purchased or voided, on another scan form, another carrier, account or origin),
   * 422 {@code CARRIER.REJECTED}, 503 while the carrier is down or past the wait.
   */
  public ScanFormDto create(String tenantId, List<String> shipmentIds, String idempotencyKey) {
    requireUsable(shipmentIds);
    String scanFormId = KeyedIds.forRequest(IdPrefix.SCAN_FORM, tenantId, idempotencyKey);
    ScanFormResult result = run(new ScanFormRequest(tenantId, scanFormId, shipmentIds));
    if (!result.isCreated()) {
      throw new ApiException(
          ErrorCode.SCAN_FORM_INVALID_SHIPMENTS,
          "Some shipments cannot go on a scan form.",
          result.problems().stream()
              .map(
                  problem ->
                      new FieldError("shipments[" + problem.index() + "]", problem.message()))
              .toList());
    }
    audit.record(
        new AuditLog.Entry(
            tenantId,
            caller.principal().id(),
            "create_scan_form",
            "scan_form",
            scanFormId,
            Map.of("shipments", shipmentIds.size()),
            currentRequest.getCurrent().request().getHeader(RequestIds.REQUEST_ID_HEADER)));
    return reads.view(tenantId, scanFormId);
  }

  /** What bean validation cannot say of a list: its size here, and no shipment twice. */
  private static void requireUsable(List<String> shipmentIds) {
    if (shipmentIds == null || shipmentIds.isEmpty() || shipmentIds.size() > MAX_SHIPMENTS) {
      throw ApiException.invalidField(
          "shipments", "must list 1 to " + MAX_SHIPMENTS + " shipments");
    }
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < shipmentIds.size(); index++) {
      if (!seen.add(shipmentIds.get(index))) {
        throw ApiException.invalidField("shipments[" + index + "]", "is listed more than once");
      }
    }
  }

  private ScanFormResult run(ScanFormRequest request) {
    return workflows.runOnce(
        ScanFormWorkflow.class,
        WorkflowIds.scanForm(request.tenantId(), request.scanFormId()),
        request.tenantId(),
        workflow -> workflow::create,
        request,
        ScanFormResult.class,
        "The scan form");
  }
}
