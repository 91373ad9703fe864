package com.parceliq.it;

import com.parceliq.it.support.AddressRequests;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.ErrorAssertions;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.OutageRun;
import com.parceliq.it.support.OutageSweep;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.StackFaults;
import com.parceliq.it.support.TenantEstate;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API never answers 500 under a single fault: with each dependency taken away in turn, every
 * route the API documents (from {@code /q/openapi}, so a new route is swept without being listed
 * here) is called with a real tenant's key and real ids, and answers either normally or with an
 * error in the contract's shape, a 503 always with Retry-After. Once the dependency is back, the
 * same requests (same Idempotency-Keys) answer without any 5xx.
 */
class ApiUnderDependencyOutageIT {

  private static final ServiceControl SERVICES = TestStack.services();

  private static TenantEstate estate;
  private static String spareKey;

  /**
   * Fresh Idempotency-Keys for each fault: a key already answered under an earlier fault would only
   * replay its stored answer and never reach the route's handler.
   */
  private final OutageSweep sweep = new OutageSweep(estate, spareKey);

  @BeforeAll
  static void oneOfEverything() {
    estate = TenantEstate.of(TestStack.newTenant());
    // The sweep revokes and quarantines this key, never the owner's own.
    spareKey =
        estate
            .owner()
            .post("/v1/api_keys")
            .idempotencyKey(Unique.key("spare"))
            .json(Json.object().put("role", "viewer"))
            .send()
            .expect(201)
            .path("id")
            .asText();
  }

  @Test
  void everyRouteAnswersWithoutA500WhilePostgresIsStopped() {
    // A clean stop, not SIGKILL: the test cluster runs with synchronous_commit=off.
    OutageRun.sweepUnder(
        "PostgreSQL stopped",
        StackFaults.unready("postgres", false),
        sweep,
        ApiUnderDependencyOutageIT::awaitServing);
  }

  @Test
  void everyRouteAnswersWithoutA500WhileTemporalIsDown() {
    OutageRun.sweepUnder(
        "Temporal killed",
        StackFaults.unready("temporal", true),
        sweep,
        ApiUnderDependencyOutageIT::awaitServing);
  }

  @Test
  void everyRouteAnswersWithoutA500WhileTheWorkersAreDown() {
    OutageRun.sweepUnder(
        "the workers killed",
        StackFaults.killed("workers"),
        sweep,
        ApiUnderDependencyOutageIT::awaitServing);
  }

  @Test
  void everyRouteAnswersWithoutA500WhileS3IsDown() {
    OutageRun.sweepUnder(
        "S3 stopped", StackFaults.stopped("s3"), sweep, ApiUnderDependencyOutageIT::awaitServing);
  }

  @Test
  void anInvoiceUploadWhileS3IsDownAnswers503AndSucceedsWhenRetried() {
    Reconciliations reconciliations = new Reconciliations(estate.owner());
    String csv =
        Reconciliations.SANDBOX_HEADER
            + "\nSBX-INV-S3,2026-01-01,S3-NO-SUCH-LABEL,ground,16,base,1.00,USD\n";
    String key = Unique.key("s3-down-upload");
    SERVICES.stop("s3");
    ApiResponse refused;
    try {
      refused = reconciliations.upload(csv, key);
    } finally {
      SERVICES.restart("s3");
    }
    ErrorAssertions.assertError(refused, 503, "SERVICE.UNAVAILABLE");
    reconciliations.upload(csv, key).expect(201);
  }

  @Test
  void everyRouteAnswersWithoutA500WhileTheCarrierIsDown() {
    OutageRun.sweepUnder(
        "the carrier simulator in an outage",
        StackFaults.carrierOutage(),
        sweep,
        ApiUnderDependencyOutageIT::awaitServing);
  }

  /**
   * Both apps ready and a request that needs the workers and the carrier answered without 503: the
   * workers poll again and the API's carrier circuit breaker, open for a few seconds after the last
   * failure (503 with Retry-After until then, which is its point), has closed.
   */
  private static void awaitServing() {
    OutageRun.awaitBothAppsReady();
    Eventually.await(
        "the workers and the carrier to serve again",
        Duration.ofMinutes(1),
        () ->
            estate
                .owner()
                .post("/v1/addresses/validate")
                .json(
                    AddressRequests.body(
                        ShipmentRequests.address("Jo Doe", "9 Elm St", "Portland", "OR", "97201")))
                .send(),
        answer -> answer.status() != 503);
  }
}
