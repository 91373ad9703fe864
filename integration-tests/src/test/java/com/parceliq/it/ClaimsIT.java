package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.ArchiveObjects;
import com.parceliq.it.support.Claims;
import com.parceliq.it.support.Events;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ScanFormRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims on the real stack: filed with the sandbox carrier (the simulator decides as the
 * description's triggers say, and the workers poll it every second in tests), or decided by an
 * operator; an approval is paid into the wallet once.
 */
class ClaimsIT {

  @Test
  void carrierApprovedClaimIsPaidOnceWithEvidenceInS3AndEvents() throws Exception {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    String shipment = ScanFormRequests.purchased(tenant, Unique.key("claim-paid"));
    BigDecimal before = tenant.balance();
    byte[] photo = Claims.text("a photo of a crushed box");

    ApiResponse filed =
        Claims.file(
            tenant,
            Claims.withEvidence(
                Claims.body(shipment, "damaged", "40.00", "crushed, sbx:claim_approve=2:25.00"),
                "crushed box.jpg",
                "image/jpeg",
                photo));

    JsonNode claim = filed.expect(201);
    String id = claim.path("id").asText();
    assertThat(filed.header("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/v1/claims/" + id));
    assertThat(claim.path("status").asText()).isIn("submitted", "filed");
    JsonNode paid = Claims.awaitStatus(tenant, id, "paid");
    assertThat(paid.path("approved_amount").asText()).isEqualTo("25.00");
    assertThat(paid.path("decided_by").asText()).isEqualTo("carrier");
    assertThat(paid.path("carrier_claim_id").asText()).startsWith("sbxclm_");
    assertThat(tenant.balance()).isEqualByComparingTo(before.add(new BigDecimal("25.00")));
    List<JsonNode> payouts =
        tenant.ledgerEntries(shipment).stream()
            .filter(entry -> entry.path("kind").asText().equals("claim_payout"))
            .toList();
    assertThat(payouts).hasSize(1);
    assertThat(payouts.get(0).path("id").asText()).isEqualTo(paid.path("ledger_entry_id").asText());
    JsonNode evidence = paid.path("evidence").get(0);
    assertThat(evidence.path("key").asText())
        .isEqualTo("claims/" + tenant.id() + "/" + id + "/0-crushed_box.jpg");
    try (ArchiveObjects s3 = ArchiveObjects.fromEnvironment()) {
      byte[] stored = s3.bytes(Claims.BUCKET, evidence.path("key").asText());
      assertThat(stored).isEqualTo(photo);
      assertThat(evidence.path("sha256").asText()).isEqualTo(ArchiveObjects.sha256Hex(photo));
    }
    List<String> statuses =
        Events.ofShipment(tenant, shipment, "claim.updated").stream()
            .map(event -> event.path("data").path("status").asText())
            .toList();
    assertThat(statuses).containsExactlyInAnyOrder("submitted", "filed", "approved", "paid");
  }

  @Test
  void operatorApprovalPaysTheApprovedAmountAndASecondDecisionIsRefused() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    String shipment = ScanFormRequests.purchased(tenant, Unique.key("claim-operator"));
    String id =
        Claims.file(tenant, Claims.body(shipment, "lost", "30.00", "never arrived"))
            .expect(201)
            .path("id")
            .asText();
    Claims.awaitStatus(tenant, id, "filed");
    BigDecimal before = tenant.balance();

    ApiResponse tooMuch =
        Claims.decide(
            id, Json.object().put("decision", "approve").put("amount", "30.01").put("reason", "x"));
    JsonNode decided =
        Claims.decide(
                id,
                Json.object()
                    .put("decision", "approve")
                    .put("amount", "12.50")
                    .put("reason", "photos clear"))
            .expect(200);
    ApiResponse again =
        Claims.decide(id, Json.object().put("decision", "deny").put("reason", "changed mind"));

    assertError(tooMuch, 409, "CLAIM.INVALID_STATE");
    assertThat(decided.path("status").asText()).isEqualTo("paid");
    assertThat(decided.path("decided_by").asText()).isEqualTo("operator");
    assertThat(decided.path("approved_amount").asText()).isEqualTo("12.50");
    assertError(again, 409, "CLAIM.INVALID_STATE");
    assertThat(tenant.balance()).isEqualByComparingTo(before.add(new BigDecimal("12.50")));
  }

  @Test
  void secondOpenClaimOnAShipmentIsRefused() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    String shipment = ScanFormRequests.purchased(tenant, Unique.key("claim-twice"));
    Claims.file(tenant, Claims.body(shipment, "lost", "10.00", "gone")).expect(201);

    ApiResponse second = Claims.file(tenant, Claims.body(shipment, "delayed", "5.00", "late"));

    assertError(second, 409, "CLAIM.INVALID_STATE");
  }

  @Test
  void claimOnAVoidedShipmentIsRefused() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    String shipment = ScanFormRequests.purchased(tenant, Unique.key("claim-voided"));
    tenant.voidLabel(shipment, Unique.key("void")).expect(200);

    ApiResponse refused = Claims.file(tenant, Claims.body(shipment, "lost", "10.00", "gone"));

    assertError(refused, 409, "SHIPMENT.INVALID_STATE");
  }

  @Test
  void anotherTenantsClaimAndShipmentAreUnknown() {
    Tenant owner = TestStack.newTenant();
    owner.deposit("50.00");
    String shipment = ScanFormRequests.purchased(owner, Unique.key("claim-owner"));
    String id =
        Claims.file(owner, Claims.body(shipment, "lost", "10.00", "gone"))
            .expect(201)
            .path("id")
            .asText();
    Tenant stranger = TestStack.newTenant();

    assertError(Claims.get(stranger, id), 404, "RESOURCE.NOT_FOUND");
    ApiResponse onTheirs = Claims.file(stranger, Claims.body(shipment, "lost", "10.00", "gone"));
    assertError(onTheirs, 422, "REQUEST.INVALID");
    assertThat(onTheirs.json().at("/error/errors/0/field").asText()).isEqualTo("shipment_id");
    assertThat(stranger.get("/v1/claims").send().expect(200).path("claims")).isEmpty();
    assertThat(owner.get("/v1/claims").send().expect(200).path("claims").get(0).path("id").asText())
        .isEqualTo(id);
  }

  @Test
  void claimsAreListedNewestFirstPageByPage() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");
    String older =
        Claims.file(
                tenant,
                Claims.body(
                    ScanFormRequests.purchased(tenant, Unique.key("claim-list-1")),
                    "lost",
                    "1.00",
                    "first"))
            .expect(201)
            .path("id")
            .asText();
    String newer =
        Claims.file(
                tenant,
                Claims.body(
                    ScanFormRequests.purchased(tenant, Unique.key("claim-list-2")),
                    "lost",
                    "2.00",
                    "second"))
            .expect(201)
            .path("id")
            .asText();

    JsonNode first = tenant.get("/v1/claims?page_size=1").send().expect(200);
    JsonNode second = tenant.get("/v1/claims?page_size=1&before_id=" + newer).send().expect(200);

    assertThat(first.path("claims").get(0).path("id").asText()).isEqualTo(newer);
    assertThat(first.path("has_more").asBoolean()).isTrue();
    assertThat(second.path("claims").get(0).path("id").asText()).isEqualTo(older);
    assertThat(second.path("has_more").asBoolean()).isFalse();
  }
}
