package com.parceliq.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public record IdempotencyRecordId(
    @Column(name = "tenant_id") String tenantId,
    @Column(name = "idempotency_key") String idempotencyKey)
    implements Serializable {}
