package com.parceliq.api.ops.claims;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.claims.ClaimDto;
import com.parceliq.api.claims.ClaimReads;
import com.parceliq.api.claims.ClaimWorkflows;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.store.ClaimEntity;
import com.parceliq.workflows.claims.ClaimDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An operator's decision on any tenant's claim (platform admin routes read every tenant's rows),
 * sent to the claim's workflow as its {@code decide} update: the workflow refuses a second decision
 * or an amount above the claim (409 CLAIM.INVALID_STATE). A decision taken is audited.
 */
@ApplicationScoped
public class ClaimDecisions {

  private static final int MAX_REASON = 500;

  /** Who decides, for the workflow's record and the audit log. */
  public record Actor(String actor, String requestId) {}

  /** The claim after the decision; {@code finished} false when it outlasted the wait. */
  public record Outcome(ClaimDto claim, boolean finished) {}

  @Inject ClaimWorkflows workflows;
  @Inject ClaimReads reads;
  @Inject AuditLog audit;

  public Outcome decide(Actor actor, String claimId, ClaimDecisionBody body, String updateKey) {
    ClaimDecision decision = check(body, actor.actor());
    String tenantId = tenantOf(claimId).orElseThrow(() -> ApiException.notFound("claim", claimId));
    boolean finished =
        workflows.decide(tenantId, claimId, decision, "decision:" + updateKey).isPresent();
    ClaimDto claim = reads.view(tenantId, claimId);
    if (finished) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("decision", decision.decision());
      details.put("amount", claim.approvedAmount());
      details.put("reason", decision.reason());
      details.put("status", claim.status());
      audit.record(
          new AuditLog.Entry(
              tenantId,
              actor.actor(),
              "decide_claim",
              "claim",
              claimId,
              details,
              actor.requestId()));
    }
    return new Outcome(claim, finished);
  }

  @Transactional
  Optional<String> tenantOf(String claimId) {
    return ClaimEntity.<ClaimEntity>findByIdOptional(claimId).map(claim -> claim.tenantId);
  }

  private static ClaimDecision check(ClaimDecisionBody body, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (!ClaimDecision.APPROVE.equals(body.decision())
        && !ClaimDecision.DENY.equals(body.decision())) {
      errors.add(new FieldError("decision", "must be approve or deny"));
    }
    Money amount = null;
    if (body.amount() != null) {
      if (ClaimDecision.DENY.equals(body.decision())) {
        errors.add(new FieldError("amount", "only an approval has an amount"));
      } else {
        amount = amount(body.amount(), errors);
      }
    }
    String reason = body.reason() == null ? "" : body.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be 1 to " + MAX_REASON + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "The decision has invalid fields.", errors);
    }
    return new ClaimDecision(body.decision(), amount, reason, actor);
  }

  private static Money amount(String raw, List<FieldError> errors) {
    try {
      BigDecimal value = new BigDecimal(raw.strip());
      if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 2) {
        return new Money(value, Money.USD);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError("amount", "must be greater than 0 with at most 2 decimals"));
    return null;
  }
}
