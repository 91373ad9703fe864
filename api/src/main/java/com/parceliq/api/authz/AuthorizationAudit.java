package com.parceliq.api.authz;

import com.parceliq.api.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes authorization decisions to the audit log: every deny (also an unavailable PDP) and every
 * allowed privileged action. Audit records belong to a tenant; decisions about tenant-less
 * principals (the platform admin) go to the log instead.
 */
@ApplicationScoped
public class AuthorizationAudit {

  private static final Logger LOG = Logger.getLogger(AuthorizationAudit.class);

  @Inject AuditLog audit;

  public void denied(AuthorizationRequest request, String action, Decision decision, int status) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", status);
    details.put("outcome", decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
    details.put("reason", decision.reason());
    write(request, action, details, AuditLog.Decision.DENY);
  }

  public void allowed(AuthorizationRequest request, int status) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", status);
    write(request, request.action().wireName(), details, AuditLog.Decision.ALLOW);
  }

  private void write(
      AuthorizationRequest request,
      String action,
      Map<String, Object> details,
      AuditLog.Decision decision) {
    String tenantId = request.principal().tenantId();
    String resourceType =
        request.resource() == null ? "route" : request.resource().type().wireName();
    String resourceId = request.resource() == null ? null : request.resource().id();
    if (tenantId == null) {
      LOG.infof(
          "authorization %s: principal=%s action=%s resource=%s/%s details=%s",
          decision, request.principal().id(), action, resourceType, resourceId, details);
      return;
    }
    try {
      audit.decision(
          new AuditLog.Entry(
              tenantId,
              request.principal().id(),
              action,
              resourceType,
              resourceId,
              details,
              request.context().requestId()),
          decision);
    } catch (RuntimeException e) {
      // The decision stands either way; a lost record must at least be visible.
      LOG.errorf(
          e,
          "could not audit authorization %s: principal=%s action=%s resource=%s/%s",
          decision,
          request.principal().id(),
          action,
          resourceType,
          resourceId);
    }
  }
}
