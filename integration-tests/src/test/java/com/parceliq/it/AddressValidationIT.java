package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.AddressRequests;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.TemporalVisibility;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WorkflowHistories;
import io.temporal.client.WorkflowExecutionMetadata;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/addresses/validate} through the sandbox carrier: a verdict either way, bad input
 * in the contract's error shape, and a carrier blip ridden out by the workflow's retries.
 */
class AddressValidationIT {

  private static final String PATH = "/v1/addresses/validate";
  private static final Duration VISIBILITY_LAG = Duration.ofSeconds(30);

  @Test
  void validAddressIsVerifiedAndComesBackAsTheCarrierNormalizedIt() {
    Tenant tenant = TestStack.newTenant();

    JsonNode answer = tenant.post(PATH).json(AddressRequests.sloppyButValid()).send().expect(200);

    assertThat(answer.path("verified").asBoolean()).as("%s", answer).isTrue();
    assertThat(answer.path("errors")).isEmpty();
    assertThat(answer.path("carrier").asText()).isEqualTo("sandbox");
    JsonNode address = answer.path("address");
    assertThat(address.path("name").asText()).isEqualTo("Jo Doe");
    assertThat(address.path("street1").asText()).isEqualTo("9 ELM ST");
    assertThat(address.path("street2").asText()).isEqualTo("APT 4");
    assertThat(address.path("city").asText()).isEqualTo("PORTLAND");
    assertThat(address.path("state").asText()).isEqualTo("OR");
    assertThat(address.path("zip").asText()).isEqualTo("97201");
    assertThat(address.path("country").asText()).isEqualTo("US");
  }

  @Test
  void addressTheCarrierCannotVerifyIsUnverifiedWithTheCarriersErrors() {
    Tenant tenant = TestStack.newTenant();

    JsonNode answer = tenant.post(PATH).json(AddressRequests.withAShortUsZip()).send().expect(200);

    assertThat(answer.path("verified").asBoolean()).as("%s", answer).isFalse();
    assertThat(fieldsOf(answer)).containsExactly("zip");
    assertThat(answer.path("errors").get(0).path("message").asText()).contains("ZIP");
    assertThat(answer.path("address").path("zip").asText()).isEqualTo("9720");
  }

  @Test
  void namingTheSandboxCarrierAsksIt() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = AddressRequests.sloppyButValid().put("carrier", "sandbox");

    JsonNode answer = tenant.post(PATH).json(body).send().expect(200);

    assertThat(answer.path("verified").asBoolean()).as("%s", answer).isTrue();
    assertThat(answer.path("carrier").asText()).isEqualTo("sandbox");
  }

  @Test
  void namedCarrierThatCannotValidateAddressesIsRefused() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = AddressRequests.sloppyButValid().put("carrier", "pigeonpost");

    JsonNode error = assertError(tenant.post(PATH).json(body).send(), 422, "REQUEST.INVALID");

    assertThat(error.path("message").asText())
        .contains("pigeonpost")
        .contains("cannot validate addresses")
        .contains("sandbox");
  }

  @Test
  void carrierAccountWithoutItsCarrierIsRejectedNamingTheCarrier() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = AddressRequests.sloppyButValid().put("carrier_account_id", "ca_123");

    JsonNode error = assertError(tenant.post(PATH).json(body).send(), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("carrier");
  }

  @Test
  void addressMissingRequiredFieldsIsRejectedNamingEachField() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = AddressRequests.sloppyButValid();
    ((ObjectNode) body.path("address")).remove("street1");
    ((ObjectNode) body.path("address")).remove("state");
    ((ObjectNode) body.path("address")).put("country", "USA");

    JsonNode error = assertError(tenant.post(PATH).json(body).send(), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).contains("address.street1", "address.country");
  }

  @Test
  void addressWithControlCharactersIsRejectedNamingTheFieldsInsteadOfVerifiedEmpty() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = AddressRequests.sloppyButValid();
    ((ObjectNode) body.path("address")).put("city", "\u0002").put("zip", "94105\u0002");

    JsonNode error = assertError(tenant.post(PATH).json(body).send(), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("address.city", "address.zip");
  }

  @Test
  void bodyWithoutAnAddressIsRejectedNamingIt() {
    Tenant tenant = TestStack.newTenant();

    JsonNode error =
        assertError(
            tenant.post(PATH).json(Json.object().put("carrier", "sandbox")).send(),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("address");
  }

  @Test
  void malformedJsonIsRejectedWith400() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response = tenant.post(PATH).rawJson("{\"address\": {\"street1\": ").send();

    assertError(response, 400, "REQUEST.MALFORMED");
  }

  @Test
  void requestWithoutATokenIsUnauthenticated() {
    ApiResponse response = TestStack.api().post(PATH).json(AddressRequests.sloppyButValid()).send();

    assertError(response, 401, "AUTH.UNAUTHENTICATED");
  }

  @Test
  void retryWithTheSameIdempotencyKeyReplaysTheVerdict() {
    Tenant tenant = TestStack.newTenant();
    String key = Unique.key("validate");

    ApiResponse first =
        tenant.post(PATH).idempotencyKey(key).json(AddressRequests.sloppyButValid()).send();
    ApiResponse again =
        tenant.post(PATH).idempotencyKey(key).json(AddressRequests.sloppyButValid()).send();

    assertThat(first.expect(200)).isEqualTo(again.expect(200));
    assertThat(again.header("Idempotent-Replayed")).contains("true");
  }

  @Test
  void briefCarrierOutageIsRiddenOutByRetries() {
    Tenant tenant = TestStack.newTenant();
    TestStack.simulator().outage(2);

    JsonNode answer = tenant.post(PATH).json(AddressRequests.sloppyButValid()).send().expect(200);

    assertThat(answer.path("verified").asBoolean()).as("%s", answer).isTrue();
    String workflowId = validationWorkflowOf(tenant);
    try (WorkflowHistories histories = new WorkflowHistories(TestStack.config())) {
      assertThat(histories.lastActivityAttempt(workflowId, "ValidateAddress"))
          .as("the attempt that answered, after the outage refused the first")
          .isGreaterThan(1);
    }
  }

  /** The tenant's only address validation workflow, found as an operator would find it. */
  private static String validationWorkflowOf(Tenant tenant) {
    try (TemporalVisibility temporal = new TemporalVisibility(TestStack.config())) {
      List<WorkflowExecutionMetadata> executions =
          Eventually.await(
              "the tenant's address validation to be listed",
              VISIBILITY_LAG,
              () ->
                  temporal.list(
                      "WorkflowType = 'AddressValidationWorkflow' AND TenantId = '"
                          + tenant.id()
                          + "'"),
              found -> found.size() == 1);
      return executions.getFirst().getExecution().getWorkflowId();
    }
  }
}
