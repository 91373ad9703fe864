package com.parceliq.temporal.observability;

import java.util.List;

/**
 * The names under which a request's identity travels: logging MDC keys in both apps, and the keys
 * of the Temporal header {@link CorrelationPropagator} writes. One name for both, so a log line of
 * an activity and one of the API request that caused it can be matched field by field.
 */
public final class CorrelationKeys {

  public static final String CORRELATION_ID = "correlation_id";
  public static final String REQUEST_ID = "request_id";
  public static final String TENANT_ID = "tenant_id";
  public static final String PRINCIPAL_ID = "principal_id";
  public static final String WORKFLOW_ID = "workflow_id";
  public static final String RUN_ID = "run_id";

  /** What the API knows about a request and hands on to every workflow and activity it causes. */
  public static final List<String> PROPAGATED =
      List.of(CORRELATION_ID, REQUEST_ID, TENANT_ID, PRINCIPAL_ID);

  private CorrelationKeys() {}
}
