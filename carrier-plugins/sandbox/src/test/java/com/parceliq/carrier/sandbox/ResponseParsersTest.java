package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseParsersTest {

  @Test
  void recordedPurchaseBecomesAPurchasedLabel() {
    PurchasedLabel label = PurchaseCall.parse(Fixtures.json("purchase-response.json"));

    assertThat(label.carrier()).isEqualTo("sandbox");
    assertThat(label.service()).isEqualTo("express");
    assertThat(label.trackingCode()).isEqualTo("SBX389269780596");
    assertThat(label.carrierShipmentId()).isEqualTo("sbxshp_4aea322003288c88");
    assertThat(label.charged()).isEqualTo(Money.usd("21.17"));
    assertThat(label.labelFormat()).isEqualTo(LabelFormat.PDF);
    assertThat(new String(label.labelFile(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void recordedRatesBecomeOneRatePerService() {
    List<CarrierRate> rates = RatingCall.parse(Fixtures.json("rates-response.json"));

    assertThat(rates)
        .containsExactly(
            new CarrierRate("sandbox", "ground", Money.usd("9.13"), 5),
            new CarrierRate("sandbox", "express", Money.usd("21.17"), 2),
            new CarrierRate("sandbox", "overnight", Money.usd("42.66"), 1));
  }

  @Test
  void recordedTrackingKeepsEveryScanInOrder() {
    TrackingInfo tracking = TrackingCall.parse(Fixtures.json("tracking-delivered.json"));

    assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(tracking.events())
        .extracting(event -> event.status())
        .containsExactly(
            TrackingStatus.PRE_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.DELIVERED);
    assertThat(tracking.events().getLast().location()).isEqualTo("San Francisco, CA 94105");
  }

  @Test
  void submittedRefundIsPending() {
    VoidResult result = VoidCall.parse(Fixtures.json("void-submitted.json"));

    assertThat(result.outcome()).isEqualTo(VoidResult.Outcome.REFUND_PENDING);
  }

  @Test
  void refundStatusReadsTheShipmentsRefundState() {
    ObjectNode answer = (ObjectNode) Fixtures.json("purchase-response.json").deepCopy();

    answer.put("refund_status", "submitted");
    VoidResult pending = RefundStatusCall.parse(answer);
    answer.put("refund_status", "refunded");
    VoidResult refunded = RefundStatusCall.parse(answer);

    assertThat(pending.outcome()).isEqualTo(VoidResult.Outcome.REFUND_PENDING);
    assertThat(refunded.outcome()).isEqualTo(VoidResult.Outcome.REFUNDED);
  }

  @Test
  void aLabelNeverVoidedHasNoRefundToFollow() {
    ObjectNode answer = (ObjectNode) Fixtures.json("purchase-response.json").deepCopy();
    answer.putNull("refund_status");

    assertThatThrownBy(() -> RefundStatusCall.parse(answer))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE));
  }

  @Test
  void unknownTrackingStatusIsUnknownRatherThanAFailure() {
    assertThat(TrackingCall.status("lost_in_space")).isEqualTo(TrackingStatus.UNKNOWN);
  }

  @Test
  void anAnswerMissingItsTrackingCodeIsARetryableUnexpectedAnswer() {
    var answer = Fixtures.json("purchase-response.json").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("tracking_code");

    assertThatThrownBy(() -> PurchaseCall.parse(answer))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierErrorKind.UNAVAILABLE))
        .hasMessageContaining("tracking_code");
  }
}
