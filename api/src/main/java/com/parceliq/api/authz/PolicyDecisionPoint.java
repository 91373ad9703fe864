package com.parceliq.api.authz;

/**
 * Decides authorization requests. Implementations never throw for an undecidable request: they
 * answer {@link Decision.Outcome#UNAVAILABLE}, and the caller treats that as a deny.
 */
public interface PolicyDecisionPoint {

  Decision decide(AuthorizationRequest request);
}
