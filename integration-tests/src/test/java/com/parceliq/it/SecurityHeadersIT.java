package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's answers, successful or not, tell browsers not to sniff, frame, cache or run them, and a
 * body larger than the limit is refused in the contract's shape before anything happens.
 */
class SecurityHeadersIT {

  private static final Map<String, String> API_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Cache-Control", "no-store",
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    Tenant tenant = TestStack.newTenant();
    List<ApiResponse> answers =
        List.of(
            tenant.get("/v1/shipments").send(),
            TestStack.api().get("/v1/shipments").send(),
            tenant.get("/v1/no_such_route").send(),
            tenant.get("/v1/shipments/shp_doesnotexist").send());
    assertThat(answers.stream().map(ApiResponse::status)).containsExactly(200, 401, 404, 404);
    for (ApiResponse answer : answers) {
      API_HEADERS.forEach(
          (name, value) ->
              assertThat(answer.header(name)).as("%s on %s", name, answer).contains(value));
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413AndCreatesNothing() {
    Tenant tenant = TestStack.newTenant();
    String reference = "x".repeat(2 * 1024 * 1024);
    ApiResponse refused =
        tenant.post("/v1/shipments").rawJson("{\"reference\": \"" + reference + "\"}").send();

    assertError(refused, 413, "REQUEST.TOO_LARGE");
    assertThat(refused.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(tenant.get("/v1/shipments").send().expect(200).path("shipments")).isEmpty();
  }
}
