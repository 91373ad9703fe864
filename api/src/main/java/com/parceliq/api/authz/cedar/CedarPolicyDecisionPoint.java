package com.parceliq.api.authz.cedar;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.AuthorizationSuccessResponse;
import com.cedarpolicy.model.exception.AuthException;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.AuthorizationRequest;
import com.parceliq.api.authz.Decision;
import com.parceliq.api.authz.PolicyDecisionPoint;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The embedded PDP: Cedar (native library from the cedar-java uber jar) over the base policies and
 * the caller's tenant's own. Fails closed: an evaluation error in any policy, a tenant policy set
 * that can no longer be read or parsed, or an engine failure is never an allow.
 */
public final class CedarPolicyDecisionPoint implements PolicyDecisionPoint {

  private final CedarPolicies base;
  private final TenantPolicySource tenantPolicies;
  private final BasicAuthorizationEngine engine = new BasicAuthorizationEngine();

  /** Parsed tenant sets, reused while the tenant's text is unchanged. */
  private final ConcurrentMap<String, Compiled> compiled = new ConcurrentHashMap<>();

  private record Compiled(String text, CedarPolicies policies) {}

  public CedarPolicyDecisionPoint(CedarPolicies base, TenantPolicySource tenantPolicies) {
    this.base = base;
    this.tenantPolicies = tenantPolicies;
  }

  @Override
  public Decision decide(AuthorizationRequest request) {
    if (request.action() == null || request.resource() == null) {
      return Decision.deny("unmapped operation");
    }
    CedarPolicies policies;
    try {
      policies = policiesFor(request);
    } catch (InvalidPolicyTextException e) {
      return Decision.deny("the tenant's policies no longer parse: " + e.getMessage());
    } catch (RuntimeException e) {
      return Decision.unavailable("tenant policies unreadable: " + e.getMessage());
    }
    try {
      CedarEntities.CedarRequest cedar = CedarEntities.of(request);
      AuthorizationResponse response =
          engine.isAuthorized(
              new com.cedarpolicy.model.AuthorizationRequest(
                  cedar.principal(), cedar.action(), cedar.resource(), cedar.context()),
              policies.toPolicySet(),
              cedar.all());
      return interpret(response, policies);
    } catch (AuthException | RuntimeException e) {
      return Decision.unavailable("Cedar failed: " + e.getMessage());
    }
  }

  /**
   * The base plus the tenant's policies; the tenant's are left out of {@code manage_policies}, so a
   * tenant cannot lock its admins out of repairing its own policies (the base still decides it).
   */
  private CedarPolicies policiesFor(AuthorizationRequest request)
      throws InvalidPolicyTextException {
    String tenantId = request.resource().tenantId();
    if (tenantId == null || request.action() == Action.MANAGE_POLICIES) {
      return base;
    }
    Optional<String> text = tenantPolicies.policiesOf(tenantId);
    if (text.isEmpty() || text.get().isBlank()) {
      compiled.remove(tenantId);
      return base;
    }
    Compiled cached = compiled.get(tenantId);
    if (cached != null && cached.text().equals(text.get())) {
      return cached.policies();
    }
    CedarPolicies combined = base.plus(CedarPolicyText.parse(text.get(), TenantPolicyIds.PREFIX));
    compiled.put(tenantId, new Compiled(text.get(), combined));
    return combined;
  }

  private static Decision interpret(AuthorizationResponse response, CedarPolicies policies) {
    if (response.type != AuthorizationResponse.SuccessOrFailure.Success
        || response.success.isEmpty()) {
      return Decision.unavailable("Cedar could not evaluate: " + response.errors.orElse(null));
    }
    AuthorizationSuccessResponse success = response.success.get();
    if (!success.getErrors().isEmpty()) {
      // Cedar skips a policy whose condition errs; a skipped forbid would widen access.
      return Decision.deny(
          "policy evaluation failed in "
              + success.getErrors().stream()
                  .map(error -> policies.label(error.getPolicyId()))
                  .collect(Collectors.joining(", ")));
    }
    String by =
        success.getReason().stream()
            .map(policies::label)
            .sorted()
            .collect(Collectors.joining(", "));
    if (success.isAllowed()) {
      return Decision.allow("permitted by " + by);
    }
    return Decision.deny(by.isEmpty() ? "no policy permits it" : "forbidden by " + by);
  }
}
