package com.parceliq.activities.archival;

import java.time.Instant;

/**
 * One eligible shipment as read for a page: its id, the {@code updated_at} the move must still find
 * (a shipment changed since stays hot), and its archive document as PostgreSQL built it.
 */
record PageDocument(String shipmentId, Instant updatedAt, String documentJson) {}
