package com.parceliq.api.authz;

import com.parceliq.api.auth.Principal;

/**
 * One question to the policy decision point: may this principal perform this action on this
 * resource? {@code quarantined} is what the quarantine list says of the principal right now.
 */
public record AuthorizationRequest(
    Principal principal,
    boolean quarantined,
    Action action,
    ResourceRef resource,
    RequestContext context) {}
