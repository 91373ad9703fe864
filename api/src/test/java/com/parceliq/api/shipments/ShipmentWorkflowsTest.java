package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.support.Requests;
import com.parceliq.temporal.SearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;

class ShipmentWorkflowsTest {

  @Test
  void shipmentWorkflowIsStartedOnceUnderItsTenantScopedIdWithItsSearchAttributes() {
    WorkflowOptions options =
        ShipmentWorkflows.startOptions(
            ShipmentRequestMapper.toNewShipment("ten_1", "shp_1", Requests.domesticShipment()));

    assertThat(options.getWorkflowId()).isEqualTo("shipment:ten_1:shp_1");
    assertThat(options.getTaskQueue()).isEqualTo("shipping");
    assertThat(options.getWorkflowIdConflictPolicy())
        .isEqualTo(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL);
    var attributes = options.getTypedSearchAttributes();
    assertThat(attributes.get(SearchAttributes.TENANT_ID)).isEqualTo("ten_1");
    assertThat(attributes.get(SearchAttributes.SHIPMENT_ID)).isEqualTo("shp_1");
    assertThat(attributes.get(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("created");
  }

  @Test
  void purchaseUpdateIdIsDerivedFromTheIdempotencyKey() {
    assertThat(ShipmentWorkflows.buyUpdateId("key-1")).isEqualTo("buy:key-1");
  }

  @Test
  void rerouteUpdateIdIsDerivedFromTheIdempotencyKeyApartFromBuyAndVoid() {
    assertThat(ShipmentWorkflows.rerouteUpdateId("key-1")).isEqualTo("reroute:key-1");
  }
}
