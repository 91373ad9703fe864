package com.parceliq.api.authz;

/**
 * The resource a request acts on. {@code id} is null for a collection (lists, creations); {@code
 * tenantId} is the caller's tenant (null on platform routes): objects of other tenants never reach
 * the PDP as such, the tenant-scoped queries answer 404 for them.
 */
public record ResourceRef(ResourceType type, String id, String tenantId) {}
