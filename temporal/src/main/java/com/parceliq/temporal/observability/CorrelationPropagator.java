package com.parceliq.temporal.observability;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Carries the request's correlation id (and request, tenant and principal ids) from the logging MDC
 * of the thread that starts a workflow or schedules an activity into the Temporal header, and from
 * the header into the MDC of the workflow or activity thread on the other side. Temporal applies it
 * to workflow starts, child workflows and activities, so every log line and event a request causes
 * names it. The values are plain strings in the standard JSON payload: the header is readable in
 * the Web UI and by any SDK.
 */
public final class CorrelationPropagator implements ContextPropagator {

  /** Header key; changing it breaks propagation for workflows already running. */
  static final String NAME = "parceliq-correlation";

  private static final DataConverter JSON = DefaultDataConverter.STANDARD_INSTANCE;

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public Map<String, Payload> serializeContext(Object context) {
    Map<String, Payload> header = new HashMap<>();
    asMap(context)
        .forEach((key, value) -> JSON.toPayload(value).ifPresent(p -> header.put(key, p)));
    return header;
  }

  @Override
  public Object deserializeContext(Map<String, Payload> header) {
    Map<String, String> context = new HashMap<>();
    for (String key : CorrelationKeys.PROPAGATED) {
      Payload payload = header.get(key);
      if (payload != null) {
        context.put(key, JSON.fromPayload(payload, String.class, String.class));
      }
    }
    return context;
  }

  /** The propagated keys present in this thread's MDC. */
  @Override
  public Object getCurrentContext() {
    Map<String, String> context = new HashMap<>();
    for (String key : CorrelationKeys.PROPAGATED) {
      String value = MDC.get(key);
      if (value != null && !value.isBlank()) {
        context.put(key, value);
      }
    }
    return context;
  }

  /**
   * Puts the context into this thread's MDC. A key the context lacks is removed: activity threads
   * are pooled, and a previous task's ids must not stick to the next task's lines.
   */
  @Override
  public void setCurrentContext(Object context) {
    Map<String, String> values = asMap(context);
    for (String key : CorrelationKeys.PROPAGATED) {
      String value = values.get(key);
      if (value == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> asMap(Object context) {
    return context instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
