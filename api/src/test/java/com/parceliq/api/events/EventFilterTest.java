package com.parceliq.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import org.junit.jupiter.api.Test;

class EventFilterTest {

  @Test
  void absentFiltersMatchEveryEvent() {
    assertThat(EventFilter.parse(null, null)).isEqualTo(new EventFilter(null, null));
    assertThat(EventFilter.parse(" ", "")).isEqualTo(new EventFilter(null, null));
  }

  @Test
  void aKnownTypeAndAShipmentIdFilter() {
    assertThat(EventFilter.parse(" shipment.refunded ", "shp_01ABC"))
        .isEqualTo(new EventFilter("shipment.refunded", "shp_01ABC"));
  }

  @Test
  void anUnknownTypeIsRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> EventFilter.parse("shipment.teleported", null))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> {
              assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
              assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("type");
              assertThat(refusal.errors().get(0).message()).contains("shipment.purchased");
            });
  }

  @Test
  void anOverlongShipmentIdIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> EventFilter.parse(null, "shp_" + "x".repeat(100)))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal ->
                assertThat(refusal.errors())
                    .extracting(FieldError::field)
                    .containsExactly("shipment_id"));
  }
}
