package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.OpenApiRoutes.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls every route the API documents once, as the estate's owner (platform routes as the platform
 * admin, so their handlers run rather than the authorization check), with the owner's real ids, and
 * judges each answer: never a 5xx other than 503, a 503 always with Retry-After, every error in the
 * contract's shape. Each route keeps its Idempotency-Key across sweeps, so a sweep after an outage
 * replays the request made during it: a 503 stored under the key would surface there.
 */
public final class OutageSweep {

  /**
   * Three times the API's update wait: a client gives up long before the SDK's minute of retries,
   * so an answer that takes that long is no answer.
   */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final TenantEstate estate;
  private final String spareKeyId;
  private final List<Route> routes;
  private final Map<Route, String> keys = new LinkedHashMap<>();
  private final Map<Route, Optional<JsonNode>> bodies = new LinkedHashMap<>();

  /** One route's answer in one sweep; {@code violation} is null when the answer is acceptable. */
  public record Answer(Route route, int status, String violation) {
    @Override
    public String toString() {
      return String.format(
          "%-7s %-48s %-4s %s", route.method(), route.template(), status, violation);
    }
  }

  /**
   * {@code spareKeyId} is an API key of the owner that routes revoking or quarantining a principal
   * may act on: the owner's own key must survive the sweep, or every later request answers 401.
   */
  public OutageSweep(TenantEstate estate, String spareKeyId) {
    this.estate = estate;
    this.spareKeyId = spareKeyId;
    this.routes = OpenApiRoutes.fetch(TestStack.api());
    // Bodies too are fixed once: some probes carry a fresh reference or timestamp per call, and a
    // replay under the same key with another body is (rightly) refused.
    routes.forEach(route -> keys.put(route, Unique.key("outage")));
    routes.forEach(route -> bodies.put(route, body(route)));
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * Every route once, each answer judged by {@code verdict} (see {@link OutageVerdict}); the
   * answers in the order of {@code /q/openapi}.
   */
  public List<Answer> sweep(Function<ApiResponse, String> verdict) {
    List<Answer> answers = new ArrayList<>();
    for (Route route : routes) {
      answers.add(call(route, verdict));
    }
    return answers;
  }

  private Answer call(Route route, Function<ApiResponse, String> verdict) {
    boolean carrierSigned = RouteProbes.CARRIER_SIGNED_ROUTES.contains(route.toString());
    // An unsigned carrier push: refused, but only after the route has run its checks.
    String path =
        carrierSigned
            ? route.template().replace("{carrier}", "sandbox")
            : RouteProbes.path(route, estate).replace(estate.id("api_key"), spareKeyId);
    ApiRequest request =
        TestStack.api().request(route.method(), path).timeout(REQUEST_TIMEOUT).bearer(key(route));
    if (route.method().equals("POST") || route.method().equals("PUT")) {
      request.idempotencyKey(keys.get(route));
    }
    bodies.get(route).ifPresent(body -> request.rawJson(body.toString()));
    ApiResponse response;
    try {
      response = request.send();
    } catch (RuntimeException noAnswer) {
      return new Answer(route, 0, "no answer: " + noAnswer);
    }
    return new Answer(route, response.status(), verdict.apply(response));
  }

  private Optional<JsonNode> body(Route route) {
    if (RouteProbes.CARRIER_SIGNED_ROUTES.contains(route.toString())) {
      return Optional.of(Json.object());
    }
    return RouteProbes.body(route, estate);
  }

  private String key(Route route) {
    return RouteProbes.PLATFORM_ROUTES.contains(route.toString())
        ? TestStack.config().adminKey()
        : estate.owner().apiKey();
  }
}
