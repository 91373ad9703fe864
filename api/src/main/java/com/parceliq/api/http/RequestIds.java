package com.parceliq.api.http;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;

/**
 * Request and correlation ids. A client-sent id is kept when it is short and plain (it ends up in
 * logs and headers, so nothing that could forge a log line or a header); otherwise one is made.
 */
public final class RequestIds {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
  public static final String MDC_REQUEST_ID = "request_id";
  public static final String MDC_CORRELATION_ID = "correlation_id";

  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

  private RequestIds() {}

  /** The client's id when acceptable, else a new {@code req_} id. */
  public static String acceptOrGenerate(String candidate) {
    return isAcceptable(candidate) ? candidate : generate();
  }

  public static boolean isAcceptable(String candidate) {
    return candidate != null && ACCEPTABLE.matcher(candidate).matches();
  }

  /** A time-sortable id in the style of {@link Ids}, with the {@code req_} prefix. */
  public static String generate() {
    // Ids only makes ids for domain prefixes; reuse its ULID body rather than copy the algorithm.
    String id = Ids.newId(IdPrefix.EVENT);
    return "req_" + id.substring(IdPrefix.EVENT.prefix().length() + 1);
  }

  /** The id of the current request; {@link RequestIdFilter} has put it on the request headers. */
  public static String requestId(HttpHeaders headers) {
    String id = headers == null ? null : headers.getHeaderString(REQUEST_ID_HEADER);
    return isAcceptable(id) ? id : generate();
  }
}
