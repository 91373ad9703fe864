package com.parceliq.api.authz;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the authorization filter decided for the current request, kept for the response filter that
 * audits allowed privileged actions once their status is known.
 */
@RequestScoped
public class AuthorizationOutcome {

  private AuthorizationRequest request;
  private Decision decision;

  void decided(AuthorizationRequest request, Decision decision) {
    this.request = request;
    this.decision = decision;
  }

  /** The request, when it was allowed and its action is audited even when allowed. */
  Optional<AuthorizationRequest> allowedPrivileged() {
    if (request == null || decision == null || !decision.allowed()) {
      return Optional.empty();
    }
    return request.action().auditedWhenAllowed() ? Optional.of(request) : Optional.empty();
  }
}
