package com.parceliq.simulator.webhook;

import com.parceliq.simulator.views.TrackingView;

/**
 * The body POSTed to the webhook URL: {@code {"id", "event": "tracking.updated", "occurred_at",
 * "tracking": <same shape as GET /v1/tracking/{code}>}}.
 */
public record TrackingPush(String id, String event, String occurredAt, TrackingView tracking) {}
