package com.parceliq.api.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.Money;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.claims.NewClaim;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim starts findable by tenant, shipment, carrier and tracking code, and nothing personal. */
class ClaimStartOptionsTest {

  @Test
  void claimStartsWithItsTenantShipmentCarrierAndTrackingCode() {
    NewClaim claim =
        new NewClaim(
            "ten_1",
            "clm_1",
            "shp_1",
            "1Z999AA10123456784",
            "ups",
            null,
            "lost",
            Money.usd("10.00"),
            "Parcel for Jo Doe never arrived at 9 Elm St",
            List.of(),
            Duration.ofHours(6),
            Duration.ofDays(30));

    WorkflowOptions options = ClaimWorkflows.startOptions(claim);

    io.temporal.common.SearchAttributes attributes = options.getTypedSearchAttributes();
    assertThat(attributes.get(SearchAttributes.TENANT_ID)).isEqualTo("ten_1");
    assertThat(attributes.get(SearchAttributes.SHIPMENT_ID)).isEqualTo("shp_1");
    assertThat(attributes.get(SearchAttributes.CARRIER)).isEqualTo("ups");
    assertThat(attributes.get(SearchAttributes.TRACKING_CODE)).isEqualTo("1Z999AA10123456784");
    assertThat(attributes.getUntypedValues().values().toString()).doesNotContain("Jo Doe", "Elm");
  }
}
