package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.AppHealth;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows PostgreSQL and Temporal in both apps, liveness does not: an orchestrator stops
 * routing to an app whose dependency is down but never restarts it for that (a restart would not
 * bring the dependency back). Each outage ends with the dependency restarted and both apps ready,
 * so the ITs that run after this one find a healthy stack.
 */
class HealthIT {

  /** Quarkus' agroal check: it opens a connection from the pool and validates it. */
  private static final String DATABASE_CHECK = "Database connections health check";

  @Test
  void postgresDownMakesBothAppsUnreadyButLiveAndReadsAnswer503() {
    Tenant tenant = TestStack.newTenant();
    ServiceControl services = TestStack.services();
    // A fast shutdown, not SIGKILL: the test cluster runs with synchronous_commit=off, so a kill
    // could lose the tenant just created (and other tests' rows). The apps see the same outage.
    services.stop("postgres");
    try {
      for (AppHealth app : AppHealth.apps()) {
        ApiResponse ready = app.awaitReadiness(503);
        assertThat(AppHealth.checkStatus(ready, DATABASE_CHECK)).as("%s", ready).isEqualTo("DOWN");
        assertLive(app);
      }
      ApiResponse read = tenant.get("/v1/shipments").send();
      assertThat(read.status()).as("%s", read).isEqualTo(503);
      assertThat(read.json().path("error").path("code").asText()).isEqualTo("SERVICE.UNAVAILABLE");
      assertThat(read.header("Retry-After")).as("%s", read).isPresent();
    } finally {
      services.restart("postgres");
    }
    awaitBothReady();
    assertThat(tenant.get("/v1/shipments").send().status()).isEqualTo(200);
  }

  @Test
  void temporalDownMakesBothAppsUnreadyButLive() {
    ServiceControl services = TestStack.services();
    services.kill("temporal");
    try {
      ApiResponse api = AppHealth.apps().get(0).awaitReadiness(503);
      assertThat(AppHealth.checkStatus(api, "temporal")).as("%s", api).isEqualTo("DOWN");
      assertThat(AppHealth.checkStatus(api, DATABASE_CHECK)).as("%s", api).isEqualTo("UP");
      ApiResponse workers = AppHealth.apps().get(1).awaitReadiness(503);
      assertThat(AppHealth.checkStatus(workers, "temporal-workers"))
          .as("%s", workers)
          .isEqualTo("DOWN");
      AppHealth.apps().forEach(HealthIT::assertLive);
    } finally {
      services.restart("temporal");
    }
    awaitBothReady();
  }

  private static void assertLive(AppHealth app) {
    ApiResponse live = app.live();
    assertThat(live.status()).as("%s liveness: %s", app, live).isEqualTo(200);
    assertThat(live.json().path("status").asText()).isEqualTo("UP");
  }

  private static void awaitBothReady() {
    for (AppHealth app : AppHealth.apps()) {
      ApiResponse ready = app.awaitReadiness(200);
      assertThat(ready.json().path("status").asText()).as("%s", ready).isEqualTo("UP");
    }
  }
}
