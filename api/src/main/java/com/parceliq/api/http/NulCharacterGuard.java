package com.parceliq.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ErrorStatus;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Refuses a URL carrying a NUL character ({@code %00}) in its path or query with 400, before any
 * route reads it. PostgreSQL cannot hold NUL in text, so such an id or filter used to reach a query
 * and fail there as a 500 (found by the API fuzzer, docs/fuzzing.md). No legitimate id, cursor or
 * filter contains one. Request bodies get the same rule from {@link NulFreeStrings}.
 */
@ApplicationScoped
public class NulCharacterGuard {

  /** After request ids are assigned (10,000) and the body size check (9,000). */
  private static final int PRIORITY = 8_900;

  private static final String ENCODED_NUL = "%00";

  @Inject ObjectMapper mapper;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext context) {
    String uri = context.request().uri();
    if (uri == null || !uri.contains(ENCODED_NUL)) {
      context.next();
      return;
    }
    FieldError error = new FieldError(fieldOf(context), NulFreeStrings.FIELD_MESSAGE);
    RawErrors.send(
        mapper, context, ErrorStatus.error(ErrorCode.REQUEST_MALFORMED, MESSAGE, List.of(error)));
  }

  static final String MESSAGE = "The request URL contains a NUL character (%00).";

  /** The query parameter that carries the NUL, else the path. */
  private static String fieldOf(RoutingContext context) {
    int query = context.request().uri().indexOf('?');
    if (query < 0 || context.request().uri().indexOf(ENCODED_NUL) < query) {
      return "path";
    }
    try {
      for (Map.Entry<String, String> parameter : context.queryParams().entries()) {
        if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().indexOf('\0') >= 0) {
          return parameter.getKey();
        }
      }
    } catch (RuntimeException malformedQuery) {
      // A query Vert.x cannot decode still gets the 400; it just names no parameter.
    }
    return "query";
  }
}
