package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.TestStack;
import org.junit.jupiter.api.Test;

/** What operators and tooling read without credentials: health, metrics, the API description. */
class OpsEndpointsIT {

  @Test
  void healthReportsUp() {
    ApiResponse health = TestStack.api().get("/q/health").send();

    assertThat(health.expect(200).path("status").asText()).isEqualTo("UP");
    assertThat(health.header("X-Request-Id")).as("%s", health).isPresent();
  }

  @Test
  void readinessIncludesTheTemporalConnection() {
    ApiResponse ready = TestStack.api().get("/q/health/ready").send();

    assertThat(ready.expect(200).path("checks").findValuesAsText("name"))
        .as("%s", ready)
        .contains("temporal");
  }

  @Test
  void metricsAreServedInPrometheusFormat() {
    ApiResponse metrics = TestStack.api().get("/q/metrics").header("Accept", "text/plain").send();

    assertThat(metrics.status()).as("%s", metrics).isEqualTo(200);
    assertThat(metrics.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.text()).contains("# TYPE ").contains("# HELP ");
    // At least one sample line: name, optional labels, value.
    assertThat(metrics.text()).containsPattern("(?m)^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*\\})? \\S+$");
  }

  @Test
  void openApiDescribesTheShipmentEndpoints() {
    ApiResponse openApi = TestStack.api().get("/q/openapi?format=json").send();

    assertThat(openApi.expect(200).path("openapi").asText()).startsWith("3.");
    assertThat(openApi.json().path("paths").has("/v1/shipments")).as("%s", openApi).isTrue();
    assertThat(openApi.json().path("paths").has("/v1/shipments/{id}/buy")).isTrue();
  }
}
