package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static final String BODY = "{\"rate_id\":\"rate_1\"}";

  @Test
  void sameRequestHasTheSameFingerprint() {
    assertThat(RequestFingerprint.of("POST", "/v1/shipments/shp_1/buy", BODY))
        .isEqualTo(RequestFingerprint.of("POST", "/v1/shipments/shp_1/buy", BODY))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void differentBodyPathOrMethodDiffer() {
    String buy = RequestFingerprint.of("POST", "/v1/shipments/shp_1/buy", BODY);

    assertThat(RequestFingerprint.of("POST", "/v1/shipments/shp_1/buy", "{\"rate_id\":\"rate_2\"}"))
        .isNotEqualTo(buy);
    assertThat(RequestFingerprint.of("POST", "/v1/shipments/shp_2/buy", BODY)).isNotEqualTo(buy);
    assertThat(RequestFingerprint.of("PUT", "/v1/shipments/shp_1/buy", BODY)).isNotEqualTo(buy);
  }

  @Test
  void partsCannotBeShiftedIntoEachOther() {
    assertThat(RequestFingerprint.of("POST", "/a", "b/c"))
        .isNotEqualTo(RequestFingerprint.of("POST", "/ab", "/c"));
  }
}
