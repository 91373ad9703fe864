package com.parceliq.activities.scanform;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.workflows.ports.ShipmentProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanFormChecksTest {

  private static final String FORM = "sf_1";
  private static final String FROM = "{\"zip\": \"62701\"}";

  @Test
  void purchasedShipmentsOfOneAccountAndOriginPass() {
    assertThat(
            ScanFormChecks.problems(
                FORM,
                List.of("shp_1", "shp_2"),
                Map.of("shp_1", purchased("shp_1"), "shp_2", purchased("shp_2"))))
        .isEmpty();
  }

  @Test
  void shipmentsAlreadyClaimedByThisScanFormPassSoAClaimCanBeRetried() {
    ScanFormCandidate mine =
        new ScanFormCandidate("shp_1", "purchased", "sandbox", null, FROM, "TRK1", FORM);

    assertThat(ScanFormChecks.problems(FORM, List.of("shp_1"), Map.of("shp_1", mine))).isEmpty();
  }

  @Test
  void eachOddShipmentIsNamedByItsPositionWithTheReason() {
    Map<String, ScanFormCandidate> found =
        Map.of(
            "shp_1", purchased("shp_1"),
            "shp_3", new ScanFormCandidate("shp_3", "voided", "sandbox", null, FROM, "T3", null),
            "shp_4", new ScanFormCandidate("shp_4", "purchased", "usps", null, FROM, "T4", null),
            "shp_5",
                new ScanFormCandidate("shp_5", "purchased", "sandbox", "ca_1", FROM, "T5", null),
            "shp_6",
                new ScanFormCandidate(
                    "shp_6", "purchased", "sandbox", null, "{\"zip\": \"10001\"}", "T6", null),
            "shp_7",
                new ScanFormCandidate("shp_7", "purchased", "sandbox", null, FROM, "T7", "sf_0"));

    List<ShipmentProblem> problems =
        ScanFormChecks.problems(
            FORM,
            List.of("shp_1", "shp_2", "shp_3", "shp_4", "shp_5", "shp_6", "shp_7", "shp_1"),
            found);

    assertThat(problems).extracting(ShipmentProblem::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(problems)
        .extracting(ShipmentProblem::message)
        .containsExactly(
            "no shipment with id shp_2",
            "shipment shp_3 is voided; only purchased labels that are not voided go on a scan"
                + " form",
            "shipment shp_4 is with carrier usps, not sandbox like shipments[0]: a scan form is"
                + " one carrier's",
            "shipment shp_5 was bought on account ca_1, not the platform's account like"
                + " shipments[0]: a scan form is one carrier account's",
            "shipment shp_6 ships from another address than shipments[0]: a scan form covers one"
                + " origin",
            "shipment shp_7 is already on scan form sf_0",
            "shipment shp_1 is listed more than once");
  }

  private static ScanFormCandidate purchased(String id) {
    return new ScanFormCandidate(id, "purchased", "sandbox", null, FROM, "TRK-" + id, null);
  }
}
