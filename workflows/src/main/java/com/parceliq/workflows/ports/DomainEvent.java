package com.parceliq.workflows.ports;

import java.util.Map;

/**
 * A fact to publish as a domain event (CONTRACT section 5). {@code factKey} names the change within
 * the tenant (e.g. {@code shipment:shp_...:purchased}): emitting the same fact again records
 * nothing new. {@code type} is the event type's wire name ({@code shipment.purchased}); {@code
 * shipmentId} is null for events about something else; {@code data} is the event's body, made of
 * strings, booleans, lists and maps with snake_case keys, so it reads back the same after the trip
 * through history.
 */
public record DomainEvent(
    String tenantId, String factKey, String type, String shipmentId, Map<String, Object> data) {}
