package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiRequest;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.OpenApiRoutes;
import com.parceliq.it.support.OpenApiRoutes.Route;
import com.parceliq.it.support.RouteProbes;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TenantEstate;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation across the whole API: tenant A owns one of everything, then tenant B's admin key
 * calls every route the API documents with A's ids. Each route naming A's object answers 404 in the
 * error shape, no answer carries any of A's ids, platform routes answer 403, and afterwards A's
 * objects and wallet are as they were.
 */
class TenantIsolationIT {

  private record Walked(Route route, String expectation, int status, String failure) {}

  @Test
  void anotherTenantCannotSeeOrTouchAnythingOfATenantOnAnyRoute() {
    TenantEstate estate = TenantEstate.of(TestStack.newTenant());
    Tenant stranger = TestStack.newTenant();
    stranger.deposit("50.00");
    Set<String> ownersIds = estate.allIds();
    TenantEstate.Snapshot before = estate.snapshot();

    List<Route> routes = OpenApiRoutes.fetch(TestStack.api());
    assertThat(routes).as("routes in /q/openapi").hasSizeGreaterThan(30);
    List<Walked> walked = new ArrayList<>();
    for (Route route : routes) {
      try {
        walked.add(walk(route, estate, stranger, ownersIds));
      } catch (AssertionError failed) {
        walked.add(new Walked(route, "FAILED", -1, failed.getMessage()));
      }
    }
    print(walked);

    TenantEstate.Snapshot after = estate.snapshot();
    assertThat(after.states()).isEqualTo(before.states());
    assertThat(after.balance()).isEqualByComparingTo(before.balance());
    assertThat(walked.stream().filter(w -> w.failure() != null).map(Walked::failure))
        .as("routes that let another tenant see or touch A's objects, or answered wrongly")
        .isEmpty();
  }

  private static Walked walk(Route route, TenantEstate estate, Tenant stranger, Set<String> ids) {
    if (RouteProbes.CARRIER_SIGNED_ROUTES.contains(route.toString())) {
      return new Walked(route, "skipped: carrier-signed, no tenant key", 0, null);
    }
    String path = RouteProbes.path(route, estate);
    ApiRequest request = TestStack.api().request(route.method(), path).bearer(stranger.apiKey());
    if (route.method().equals("POST") || route.method().equals("PUT")) {
      request = request.idempotencyKey(Unique.key("iso"));
    }
    String body = RouteProbes.body(route, estate).map(Object::toString).orElse(null);
    if (body != null) {
      request.rawJson(body);
    }
    ApiResponse response = request.send();
    String expectation;
    if (RouteProbes.PLATFORM_ROUTES.contains(route.toString())) {
      assertError(response, 403, "AUTH.FORBIDDEN");
      expectation = "403 platform route";
    } else if (!route.params().isEmpty()) {
      assertError(response, 404, "RESOURCE.NOT_FOUND");
      expectation = "404 not found";
    } else if (RouteProbes.namesOwnersObjectsInBody(route)) {
      // A's shipment must be refused exactly as a shipment that never existed: no existence leak.
      String unknown = "shp_" + "0".repeat(26);
      ApiResponse forUnknown =
          TestStack.api()
              .request(route.method(), path)
              .bearer(stranger.apiKey())
              .idempotencyKey(Unique.key("iso"))
              .rawJson(body.replace(estate.id("shipment"), unknown))
              .send();
      assertThat(response.status())
          .as("%s naming A's shipment: %s", route, response)
          .isIn(404, 422);
      assertThat(response.status())
          .as("%s: A's id vs an unknown id", route)
          .isEqualTo(forUnknown.status());
      assertThat(response.json().path("error").path("code").asText())
          .isEqualTo(forUnknown.json().path("error").path("code").asText());
      assertThat(
              response
                  .text()
                  .replace(estate.id("shipment"), unknown)
                  .replaceAll("req_[0-9a-z]+", "req"))
          .as("%s answers A's id as it answers an unknown id", route)
          .isEqualTo(forUnknown.text().replaceAll("req_[0-9a-z]+", "req"));
      expectation = "refused as an unknown id";
    } else {
      assertThat(response.status()).as("%s as tenant B: %s", route, response).isBetween(200, 299);
      expectation = "2xx, B's own data";
    }
    if (route.toString().equals("GET /v1/audit")) {
      // B's audit trail rightly names A's ids that B itself tried earlier in the walk (each 404
      // attempt of a privileged action is audited); what must not appear is anyone else's record.
      response
          .json()
          .path("audit_records")
          .forEach(
              record ->
                  assertThat(record.path("principal_id").asText())
                      .as("%s shows a record of another principal: %s", route, record)
                      .isIn(stranger.apiKeyId(), "platform_admin"));
      return new Walked(route, expectation, response.status(), null);
    }
    String answer = response.text();
    String sent = path + (body == null ? "" : body);
    for (String id : ids) {
      // An error may name the id the request sent; any other id of A is a leak.
      if (!sent.contains(id)) {
        assertThat(answer).as("%s leaks %s: %s", route, id, answer).doesNotContain(id);
      }
    }
    return new Walked(route, expectation, response.status(), null);
  }

  private static void print(List<Walked> walked) {
    StringBuilder table = new StringBuilder("\nRoutes walked as another tenant:\n");
    table.append(String.format("%-7s %-45s %-6s %s%n", "METHOD", "PATH", "STATUS", "EXPECTED"));
    walked.stream()
        .sorted(Comparator.comparing((Walked w) -> w.route().template()))
        .forEach(
            w ->
                table.append(
                    String.format(
                        "%-7s %-45s %-6s %s%n",
                        w.route().method(),
                        w.route().template(),
                        w.status() == 0 ? "-" : String.valueOf(w.status()),
                        w.expectation())));
    System.out.println(table);
  }
}
