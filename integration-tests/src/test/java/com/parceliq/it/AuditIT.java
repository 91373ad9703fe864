package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ScanFormRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/audit}: a tenant admin reads its own audit records, filtered and paged. */
class AuditIT {

  @Test
  void aCarrierAccountChangeIsAuditedWithWhoDidItAndTheRequest() {
    Tenant tenant = TestStack.newTenant();
    String accountId = createCarrierAccount(tenant);

    JsonNode page = audit(tenant, "?resource_id=" + accountId).expect(200);

    assertThat(page.path("has_more").asBoolean()).isFalse();
    assertThat(page.path("audit_records")).hasSize(1);
    JsonNode record = page.path("audit_records").get(0);
    assertThat(record.path("id").asText()).startsWith("aud_");
    assertThat(record.path("principal_id").asText()).startsWith("key_");
    assertThat(record.path("action").asText()).isEqualTo("create_carrier_account");
    assertThat(record.path("resource_type").asText()).isEqualTo("carrier_account");
    assertThat(record.path("decision").asText()).isEqualTo("allow");
    assertThat(record.path("details").path("carrier").asText()).isEqualTo("ups");
    assertThat(record.path("request_id").asText()).isNotBlank();
    assertThat(record.path("created_at").asText()).endsWith("Z");
    assertThat(record.toString()).doesNotContain("ups-secret");
  }

  @Test
  void aVoidedLabelsRefundIsAuditedByTheWorkersOnce() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    String shipmentId = ScanFormRequests.purchased(tenant, Unique.key("audit-refund"));
    tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);

    JsonNode refunds =
        Eventually.await(
            "the refund's audit record",
            Duration.ofSeconds(60),
            () -> audit(tenant, "?action=refund&resource_id=" + shipmentId).expect(200),
            page -> page.path("audit_records").size() > 0);

    assertThat(refunds.path("audit_records")).hasSize(1);
    JsonNode refund = refunds.path("audit_records").get(0);
    assertThat(refund.path("principal_id").asText()).isEqualTo("system");
    assertThat(refund.path("resource_type").asText()).isEqualTo("shipment");
    assertThat(refund.path("details").path("currency").asText()).isEqualTo("USD");
    assertThat(refund.path("details").path("amount").asText()).matches("\\d+\\.\\d{2}");
    assertThat(audit(tenant, "?decision=allow&action=refund").expect(200).path("audit_records"))
        .hasSize(1);
    assertThat(audit(tenant, "?decision=deny&action=refund").expect(200).path("audit_records"))
        .isEmpty();
  }

  @Test
  void recordsPageNewestFirstWithBeforeId() {
    Tenant tenant = TestStack.newTenant();
    for (int i = 0; i < 3; i++) {
      createCarrierAccount(tenant);
    }

    // Each creation leaves two records (the change, and the allowed manage_carriers decision):
    // page through the changes only.
    String changes = "?action=create_carrier_account&page_size=2";
    List<String> seen = new ArrayList<>();
    String query = changes;
    JsonNode page;
    do {
      page = audit(tenant, query).expect(200);
      page.path("audit_records").forEach(record -> seen.add(record.path("id").asText()));
      query = changes + "&before_id=" + seen.get(seen.size() - 1);
    } while (page.path("has_more").asBoolean());

    assertThat(seen).hasSize(3).doesNotHaveDuplicates();
    assertThat(seen).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void anotherTenantsRecordsAreNeverListed() {
    Tenant owner = TestStack.newTenant();
    String accountId = createCarrierAccount(owner);
    Tenant stranger = TestStack.newTenant();

    assertThat(audit(stranger, "?resource_id=" + accountId).expect(200).path("audit_records"))
        .isEmpty();
    assertThat(audit(stranger, "?page_size=100").text()).doesNotContain(accountId);
  }

  @Test
  void malformedFiltersAreRefusedInTheErrorShape() {
    Tenant tenant = TestStack.newTenant();

    assertError(audit(tenant, "?decision=maybe"), 422, "REQUEST.INVALID");
    assertError(audit(tenant, "?action=DROP%20TABLE"), 422, "REQUEST.INVALID");
    assertError(audit(tenant, "?page_size=101"), 422, "REQUEST.INVALID");
  }

  @Test
  void thePlatformAdminIsNotATenantAdmin() {
    assertError(
        TestStack.api().get("/v1/audit").bearer(TestStack.config().adminKey()).send(),
        403,
        "AUTH.FORBIDDEN");
  }

  private static ApiResponse audit(Tenant tenant, String query) {
    return tenant.get("/v1/audit" + query).send();
  }

  private static String createCarrierAccount(Tenant tenant) {
    ObjectNode body = Json.object().put("carrier", "ups").put("description", "Audited");
    body.putObject("credentials")
        .put("client_id", "audit-ups-client")
        .put("client_secret", "audit-ups-secret-" + Unique.key("s"))
        .put("account_number", "AUD123");
    body.put("test_mode", true);
    return tenant.post("/v1/carrier_accounts").json(body).send().expect(201).path("id").asText();
  }
}
