package com.parceliq.carrier.usps;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.parceliq.carrier.usps.UspsFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WireMockTest
class UspsVoidTest {

  private static final String PATH = "/tem/labels/v3/label/9205590109769900012613";
  private static final VoidRequest REQUEST =
      new VoidRequest("void-1", "9205590109769900012613", "9205590109769900012613", "order-1001");

  @BeforeEach
  void tokens() {
    UspsFixtures.stubToken();
    UspsFixtures.stubPayment();
  }

  private static void stubCancel(ResponseDefinitionBuilder answer) {
    stubFor(
        delete(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("X-Payment-Authorization-Token", equalTo("payment-1"))
            .willReturn(answer));
  }

  @Test
  void canceledLabelIsRefundedAtOnce(WireMockRuntimeInfo wm) {
    stubCancel(json("void/response-canceled.json"));

    VoidResult result = UspsFixtures.testPlugin(wm).voidLabel(REQUEST);

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REFUNDED);
    verify(1, deleteRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void manifestedLabelGetsAPendingRefundWithItsDisputeId(WireMockRuntimeInfo wm) {
    stubCancel(json("void/response-disputed.json"));

    VoidResult result = UspsFixtures.testPlugin(wm).voidLabel(REQUEST);

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REFUND_PENDING);
    assertThat(result.message()).contains("103789");
  }

  @ParameterizedTest
  @CsvSource({
    "void/error-not-found.json, Order not found",
    "void/error-refund-not-submitted.json, cannot be submitted",
    "void/error-refund-same-day.json, already been submitted today"
  })
  void documentedRefusalsAreRejectedOutcomes(
      String fixture, String detail, WireMockRuntimeInfo wm) {
    stubCancel(json(400, fixture));

    VoidResult result = UspsFixtures.testPlugin(wm).voidLabel(REQUEST);

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REJECTED);
    assertThat(result.message()).contains(detail);
  }

  @Test
  void unavailableUspsIsThrownForARetry(WireMockRuntimeInfo wm) {
    stubCancel(json(503, "errors/503.json"));

    assertThatThrownBy(() -> UspsFixtures.testPlugin(wm).voidLabel(REQUEST))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE);
              assertThat(e.retryable()).isTrue();
            });
  }
}
