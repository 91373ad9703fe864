package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * Token-bucket limits: a key's own rate, and failed authentications per client address. The test
 * stack's tenant and default key limits are far above anything sent here, so only the limits under
 * test can answer 429.
 */
class RateLimitIT {

  /** More than the test stack's 200 failures a minute (testing.sh), and a bound on the loop. */
  private static final int MAX_FAILED_ATTEMPTS = 400;

  private static final int MAX_FAST_REQUESTS = 50;

  @Test
  void aKeyOverItsOwnRateGets429WithRetryAfterWhileAnotherKeyOfTheTenantIsServed() {
    Tenant tenant = TestStack.newTenant();
    String slowKey =
        tenant
            .post("/v1/api_keys")
            .json(Json.object().put("role", "shipper").put("rate_limit_per_second", 1))
            .send()
            .expect(201)
            .path("key")
            .asText();

    ApiResponse limited = null;
    for (int i = 0; i < MAX_FAST_REQUESTS && limited == null; i++) {
      ApiResponse response = TestStack.api().get("/v1/wallet").bearer(slowKey).send();
      if (response.status() == 429) {
        limited = response;
      } else {
        response.expect(200);
      }
    }

    assertThat(limited).as("a 429 within %d requests at 1/s", MAX_FAST_REQUESTS).isNotNull();
    assertError(limited, 429, "REQUEST.RATE_LIMITED");
    assertThat(retryAfter(limited)).isBetween(1, 2);
    tenant.get("/v1/wallet").send().expect(200);
  }

  @Test
  void repeatedAuthenticationFailuresBlockTheirAddressButNoOtherOne() throws Exception {
    Tenant tenant = TestStack.newTenant();
    ApiClient guesser = clientFrom("127.0.0.77");
    ApiClient neighbour = clientFrom("127.0.0.78");

    ApiResponse limited = null;
    for (int i = 0; i < MAX_FAILED_ATTEMPTS && limited == null; i++) {
      ApiResponse response = guesser.get("/v1/wallet").bearer("piq_" + Unique.key("guess")).send();
      if (response.status() == 429) {
        limited = response;
      } else {
        assertError(response, 401, "AUTH.UNAUTHENTICATED");
      }
    }

    assertThat(limited).as("a 429 within %d failures", MAX_FAILED_ATTEMPTS).isNotNull();
    assertError(limited, 429, "REQUEST.RATE_LIMITED");
    assertThat(retryAfter(limited)).isBetween(1, 60);
    ApiResponse validKeyFromGuesser = guesser.get("/v1/wallet").bearer(tenant.apiKey()).send();
    assertError(validKeyFromGuesser, 429, "REQUEST.RATE_LIMITED");
    assertThat(retryAfter(validKeyFromGuesser)).isBetween(1, 60);

    assertError(
        neighbour.get("/v1/wallet").bearer("piq_" + Unique.key("typo")).send(),
        401,
        "AUTH.UNAUTHENTICATED");
    neighbour.get("/v1/wallet").bearer(tenant.apiKey()).send().expect(200);
  }

  private static ApiClient clientFrom(String loopbackAddress) throws UnknownHostException {
    return ApiClient.from(TestStack.config().apiUrl(), InetAddress.getByName(loopbackAddress));
  }

  private static int retryAfter(ApiResponse response) {
    String header =
        response
            .header("Retry-After")
            .orElseThrow(() -> new AssertionError("no Retry-After in " + response));
    return Integer.parseInt(header);
  }
}
