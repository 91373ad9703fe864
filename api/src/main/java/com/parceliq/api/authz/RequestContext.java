package com.parceliq.api.authz;

/** Where a request comes from, for policies and audit records; any part may be null. */
public record RequestContext(String requestId, String correlationId, String sourceAddress) {}
