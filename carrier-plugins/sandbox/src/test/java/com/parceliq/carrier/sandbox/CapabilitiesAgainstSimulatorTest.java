package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import com.parceliq.carrier.spi.PickupCancelRequest;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRate;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilitiesAgainstSimulatorTest extends SimulatorBackedTest {

  private static final Address OAKLAND =
      new Address(null, null, "9 Elm St", null, "Oakland", "CA", "94607", "US", null, null);

  @Test
  void ratesQuoteEveryServiceAndPurchaseChargesTheQuote() {
    List<CarrierRate> rates =
        plugin.rate(new RateRequest(Fixtures.ALICE, Fixtures.BOB, Fixtures.PARCEL, null));
    PurchasedLabel label = plugin.purchase(purchase("quoted"));

    assertThat(rates)
        .extracting(CarrierRate::service)
        .containsExactly("ground", "express", "overnight");
    assertThat(rates.getFirst().amount()).isEqualTo(label.charged());
  }

  @Test
  void addressValidationNormalizesAndReportsMissingFields() {
    AddressValidation good = plugin.validateAddress(Fixtures.BOB);
    AddressValidation bad =
        plugin.validateAddress(
            new Address(null, null, null, null, "Oakland", null, null, "US", null, null));

    assertThat(good.verified()).isTrue();
    assertThat(good.address().city()).isEqualTo("SAN FRANCISCO");
    assertThat(bad.verified()).isFalse();
    assertThat(bad.errors()).extracting(e -> e.field()).contains("street1", "zip", "state");
  }

  @Test
  void deliveredParcelIsTrackedAsDelivered() {
    PurchasedLabel label = plugin.purchase(purchase("sbx:deliver=0"));

    TrackingInfo tracking = plugin.track(label.trackingCode());

    assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(tracking.events().getFirst().status()).isEqualTo(TrackingStatus.PRE_TRANSIT);
  }

  @Test
  void voidWithRefundDelayIsPendingAndVoidRejectIsRejected() {
    PurchasedLabel delayed = plugin.purchase(purchase("sbx:refund_delay=3600"));
    PurchasedLabel refused = plugin.purchase(purchase("sbx:void_reject"));

    VoidResult pending = plugin.voidLabel(voidOf(delayed));
    VoidResult rejected = plugin.voidLabel(voidOf(refused));

    assertThat(pending.outcome()).isEqualTo(VoidResult.Outcome.REFUND_PENDING);
    assertThat(rejected.outcome()).isEqualTo(VoidResult.Outcome.REJECTED);
    assertThat(control.stats().get("labels_voided").asInt()).isEqualTo(1);
  }

  @Test
  void refundStatusFollowsAPendingRefundUntilTheCarrierConfirmsIt() throws InterruptedException {
    PurchasedLabel delayed = plugin.purchase(purchase("sbx:refund_delay=1"));
    plugin.voidLabel(voidOf(delayed));

    VoidResult before = plugin.refundStatus(voidOf(delayed));
    Thread.sleep(1_200);
    VoidResult after = plugin.refundStatus(voidOf(delayed));

    assertThat(before.outcome()).isEqualTo(VoidResult.Outcome.REFUND_PENDING);
    assertThat(after.outcome()).isEqualTo(VoidResult.Outcome.REFUNDED);
    assertThat(control.stats().get("labels_voided").asInt()).isEqualTo(1);
  }

  @Test
  void rerouteChargesItsFeeAndInterceptFailIsRejected() {
    PurchasedLabel moving = plugin.purchase(purchase("sbx:deliver=3600"));
    PurchasedLabel stuck = plugin.purchase(purchase("sbx:intercept_fail"));

    RerouteResult result =
        plugin.reroute(new RerouteRequest("rr-1", moving.trackingCode(), OAKLAND, null));
    CarrierException e =
        catchThrowableOfType(
            CarrierException.class,
            () -> plugin.reroute(new RerouteRequest("rr-2", stuck.trackingCode(), OAKLAND, null)));

    assertThat(result.fee()).isEqualTo(Money.usd("7.50"));
    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
  }

  @Test
  void pickupAndManifestCoverPurchasedLabels() {
    PurchasedLabel label = plugin.purchase(purchase("pickup"));

    PickupConfirmation pickup =
        plugin.schedulePickup(
            new PickupRequest(
                "pu-1",
                Fixtures.ALICE,
                "2026-03-03T09:00:00Z",
                "2026-03-03T12:00:00Z",
                List.of(label.trackingCode()),
                "back door",
                null));
    Manifest manifest =
        plugin.createManifest(
            new ManifestRequest("mf-1", Fixtures.ALICE, List.of(label.trackingCode())));

    assertThat(pickup.confirmation()).startsWith("PU");
    assertThat(pickup.fee()).isEqualTo(Money.usd("4.50"));
    assertThat(manifest.manifestId()).startsWith("sbxmfst_");
    assertThat(new String(manifest.document(), 0, 4)).isEqualTo("%PDF");
  }

  @Test
  void pickupIsRatedScheduledWithTheChosenServiceAndCancelledRepeatably() {
    PurchasedLabel label = plugin.purchase(purchase("pickup-cancel"));
    PickupRequest request =
        new PickupRequest(
            "pu-2",
            Fixtures.ALICE,
            "2026-03-03T09:00:00Z",
            "2026-03-03T12:00:00Z",
            List.of(label.trackingCode()),
            null,
            "priority");

    List<PickupRate> rates = plugin.ratePickup(request);
    PickupConfirmation pickup = plugin.schedulePickup(request);
    plugin.cancelPickup(new PickupCancelRequest("pc-1", pickup.confirmation()));
    plugin.cancelPickup(new PickupCancelRequest("pc-2", pickup.confirmation()));

    assertThat(rates)
        .containsExactly(
            new PickupRate("standard", Money.usd("4.50")),
            new PickupRate("priority", Money.usd("12.00")));
    assertThat(pickup.fee()).isEqualTo(Money.usd("12.00"));
  }

  @Test
  void cancellingAPickupTheCarrierDoesNotKnowIsRejected() {
    CarrierException e =
        catchThrowableOfType(
            CarrierException.class,
            () -> plugin.cancelPickup(new PickupCancelRequest("pc-3", "PUNOSUCH1")));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
  }

  @Test
  void trackingAnUnknownCodeIsRejected() {
    CarrierException e =
        catchThrowableOfType(CarrierException.class, () -> plugin.track("SBX000000000000"));

    assertThat(e.kind()).isEqualTo(CarrierErrorKind.REJECTED);
  }

  private static VoidRequest voidOf(PurchasedLabel label) {
    return new VoidRequest(
        "void-" + label.trackingCode(), label.trackingCode(), label.carrierShipmentId(), null);
  }
}
