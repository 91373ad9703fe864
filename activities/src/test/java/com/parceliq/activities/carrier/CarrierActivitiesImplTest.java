package com.parceliq.activities.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.activities.metrics.QuoteMetrics;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.Address;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.LabelOrder;
import com.parceliq.workflows.ports.LabelReroute;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RateShipment;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.VoidOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CarrierActivitiesImplTest {

  private static final CarrierChoice SANDBOX = new CarrierChoice("sandbox", null);
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.750Z");
  private static final Address FROM =
      new Address("A", null, "1 Main St", null, "Austin", "TX", "78701", "US", null, null);
  private static final Address TO =
      new Address("B", null, "2 Oak Ave", null, "Boston", "MA", "02110", "US", null, null);
  private static final Parcel PARCEL = new Parcel(new BigDecimal("16"), null, null, null);

  private final CarrierPlugin plugin = mock(CarrierPlugin.class);
  private final CarrierPluginRegistry registry = mock(CarrierPluginRegistry.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private CarrierActivitiesImpl activities;

  @BeforeEach
  void setUp() {
    CarrierDescriptor descriptor =
        new CarrierDescriptor(
            "sandbox",
            "Sandbox",
            List.of("ground"),
            Set.of(Capability.RATING, Capability.PURCHASE),
            Set.of(LabelFormat.PDF, LabelFormat.ZPL),
            List.of(),
            new CarrierLimits(4, 10, Duration.ofSeconds(5)));
    when(registry.platformPlugin("sandbox")).thenReturn(Optional.of(plugin));
    when(registry.platformPlugin("nope")).thenReturn(Optional.empty());
    when(registry.descriptor("sandbox")).thenReturn(Optional.of(descriptor));
    when(plugin.descriptor()).thenReturn(descriptor);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    activities =
        new CarrierActivitiesImpl(
            new CarrierAccountPlugins(registry, null),
            new CarrierCalls(registry, meters),
            new QuoteCache(Duration.ofMinutes(5), clock, new QuoteMetrics(meters)),
            Duration.ofMinutes(15),
            clock);
  }

  @Test
  void eachCarrierRateBecomesAQuoteWithItsOwnRateIdAndTheConfiguredExpiry() {
    when(plugin.rate(any()))
        .thenReturn(
            List.of(
                new CarrierRate("sandbox", "ground", Money.usd("7.25"), 5),
                new CarrierRate("sandbox", "express", Money.usd("19.80"), 2)));

    List<RateQuote> quotes =
        activities.quoteRates(SANDBOX, new RateShipment("ten_1", "shp_1", FROM, TO, PARCEL, "r"));

    assertThat(quotes).hasSize(2);
    assertThat(quotes).allSatisfy(q -> assertThat(IdPrefix.RATE.matches(q.rateId())).isTrue());
    assertThat(quotes.get(0).rateId()).isNotEqualTo(quotes.get(1).rateId());
    assertThat(quotes.get(0))
        .extracting(
            RateQuote::carrier, RateQuote::service, RateQuote::amount, RateQuote::deliveryDays)
        .containsExactly("sandbox", "ground", Money.usd("7.25"), 5);
    assertThat(quotes.get(1).amount()).isEqualTo(Money.usd("19.80"));
    assertThat(quotes)
        .allSatisfy(
            q -> assertThat(q.expiresAt()).isEqualTo(Instant.parse("2025-03-01T10:15:00Z")));
  }

  @Test
  void aCarrierTimeoutWhileRatingIsARetryableCarrierTimeoutFailure() {
    when(plugin.rate(any()))
        .thenThrow(
            new CarrierException("sandbox", CarrierErrorKind.TIMEOUT, "timed out", List.of()));

    assertThatThrownBy(
            () ->
                activities.quoteRates(
                    SANDBOX, new RateShipment("ten_1", "shp_1", FROM, TO, PARCEL, null)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("CARRIER.TIMEOUT");
              assertThat(f.isNonRetryable()).isFalse();
            });
  }

  @Test
  void purchaseAsksForPdfWithTheOrderKeyAndReturnsTheLabel() {
    byte[] pdf = {'%', 'P', 'D', 'F'};
    when(plugin.purchase(any()))
        .thenReturn(
            new PurchasedLabel(
                "sandbox", "ground", "SBX123", "cs_9", Money.usd("7.25"), LabelFormat.PDF, pdf));

    BoughtLabel label =
        activities.purchaseLabel(
            new LabelOrder(
                "ten_1", "shp_1", "buy:k1", "sandbox", null, "ground", FROM, TO, PARCEL, "r"));

    ArgumentCaptor<PurchaseRequest> sent = ArgumentCaptor.forClass(PurchaseRequest.class);
    verify(plugin).purchase(sent.capture());
    assertThat(sent.getValue().idempotencyKey()).isEqualTo("buy:k1");
    assertThat(sent.getValue().labelFormat()).isEqualTo(LabelFormat.PDF);
    assertThat(label.trackingCode()).isEqualTo("SBX123");
    assertThat(label.carrierShipmentId()).isEqualTo("cs_9");
    assertThat(label.charged()).isEqualTo(Money.usd("7.25"));
    assertThat(label.labelFormat()).isEqualTo("pdf");
    assertThat(label.labelFile()).isEqualTo(pdf);
  }

  @Test
  void rerouteSendsTheNewDestinationUnderOurKeyAndReturnsTheCarriersFee() {
    when(plugin.reroute(any())).thenReturn(new RerouteResult("SBX123", Money.usd("7.50")));

    RerouteOutcome outcome = activities.reroute(labelReroute());

    ArgumentCaptor<RerouteRequest> sent = ArgumentCaptor.forClass(RerouteRequest.class);
    verify(plugin).reroute(sent.capture());
    assertThat(sent.getValue())
        .isEqualTo(new RerouteRequest("ten_1:shp_1:reroute:k1:carrier", "SBX123", FROM, "r"));
    assertThat(outcome).isEqualTo(new RerouteOutcome("SBX123", Money.usd("7.50")));
  }

  @Test
  void aRerouteTheCarrierRefusesIsANonRetryableRejectionWithTheCarriersWords() {
    when(plugin.reroute(any()))
        .thenThrow(
            new CarrierException(
                "sandbox",
                CarrierErrorKind.REJECTED,
                "the carrier could not intercept this parcel",
                List.of()));

    assertThatThrownBy(() -> activities.reroute(labelReroute()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("CARRIER.REJECTED");
              assertThat(f.isNonRetryable()).isTrue();
              assertThat(f.getOriginalMessage())
                  .isEqualTo("the carrier could not intercept this parcel");
            });
  }

  @Test
  void aCarrierOutageDuringARerouteIsRetryable() {
    when(plugin.reroute(any()))
        .thenThrow(new CarrierException("sandbox", CarrierErrorKind.UNAVAILABLE, "503", List.of()));

    assertThatThrownBy(() -> activities.reroute(labelReroute()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isFalse());
  }

  @Test
  void aVoidTheCarrierRefusesIsARejectedOutcomeWithTheCarriersWords() {
    when(plugin.voidLabel(any()))
        .thenReturn(new VoidResult(VoidResult.Outcome.REJECTED, "label already scanned"));

    VoidOutcome outcome = activities.voidLabel(labelVoid());

    assertThat(outcome)
        .isEqualTo(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
  }

  @Test
  void aRefundedVoidIsRefundedAndAPendingOneIsSubmitted() {
    when(plugin.voidLabel(any()))
        .thenReturn(new VoidResult(VoidResult.Outcome.REFUNDED, "ok"))
        .thenReturn(new VoidResult(VoidResult.Outcome.REFUND_PENDING, "later"));

    VoidOutcome refunded = activities.voidLabel(labelVoid());
    VoidOutcome pending = activities.voidLabel(labelVoid());

    assertThat(refunded.refund()).isEqualTo(VoidOutcome.Refund.REFUNDED);
    assertThat(pending.refund()).isEqualTo(VoidOutcome.Refund.SUBMITTED);
  }

  @Test
  void refundStatusAsksTheCarrierAboutTheSameLabelWithoutVoidingAgain() {
    when(plugin.refundStatus(any()))
        .thenReturn(new VoidResult(VoidResult.Outcome.REFUNDED, "refund confirmed"));

    VoidOutcome outcome = activities.refundStatus(labelVoid());

    ArgumentCaptor<VoidRequest> asked = ArgumentCaptor.forClass(VoidRequest.class);
    verify(plugin).refundStatus(asked.capture());
    verify(plugin, never()).voidLabel(any());
    assertThat(asked.getValue().carrierShipmentId()).isEqualTo("cs_1");
    assertThat(outcome.refund()).isEqualTo(VoidOutcome.Refund.REFUNDED);
  }

  private static LabelVoid labelVoid() {
    return new LabelVoid("ten_1", "shp_1", "void:k", "sandbox", null, "SBX1", "cs_1", null);
  }

  @Test
  void anUnknownCarrierIsRefusedWithoutRetrying() {
    assertThatThrownBy(
            () ->
                activities.quoteRates(
                    new CarrierChoice("nope", null),
                    new RateShipment("ten_1", "shp_1", FROM, TO, PARCEL, null)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isTrue());
  }

  @Test
  void theSameParcelOnTheSameRouteIsRatedOnceWithinTheCacheTtlButGetsFreshRateIds() {
    when(plugin.rate(any()))
        .thenReturn(List.of(new CarrierRate("sandbox", "ground", Money.usd("7.25"), 5)));
    RateShipment shipment = new RateShipment("ten_1", "shp_1", FROM, TO, PARCEL, "r");

    RateQuote first = activities.quoteRates(SANDBOX, shipment).get(0);
    RateQuote second = activities.quoteRates(SANDBOX, shipment).get(0);
    activities.quoteRates(SANDBOX, new RateShipment("ten_1", "shp_2", FROM, FROM, PARCEL, "r"));

    verify(plugin, times(2)).rate(any());
    assertThat(second.amount()).isEqualTo(first.amount());
    assertThat(second.rateId()).isNotEqualTo(first.rateId());
  }

  @Test
  void everyRateRequestCountsAsAQuoteCacheHitOrMissOfItsCarrier() {
    when(plugin.rate(any()))
        .thenReturn(List.of(new CarrierRate("sandbox", "ground", Money.usd("7.25"), 5)));
    RateShipment shipment = new RateShipment("ten_1", "shp_1", FROM, TO, PARCEL, "r");

    activities.quoteRates(SANDBOX, shipment);
    activities.quoteRates(SANDBOX, shipment);
    activities.quoteRates(SANDBOX, shipment);

    assertThat(quoteLookups("miss")).isEqualTo(1.0);
    assertThat(quoteLookups("hit")).isEqualTo(2.0);
  }

  @Test
  void aCarrierFailingMostCallsOpensItsCircuitAndFurtherCallsFailFastAsRetryable() {
    when(plugin.rate(any()))
        .thenThrow(new CarrierException("sandbox", CarrierErrorKind.UNAVAILABLE, "503", List.of()));
    for (int i = 0; i < 20; i++) {
      rateDistinctParcel(i);
    }

    assertThatThrownBy(() -> rateDistinctParcel(99))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("CARRIER.UNAVAILABLE");
              assertThat(f.isNonRetryable()).isFalse();
              assertThat(f.getOriginalMessage()).contains("calls are paused");
            });
    verify(plugin, times(20)).rate(any());
    assertThat(meters.get("parceliq.carrier.circuit.state").gauge().value()).isEqualTo(2.0);
    assertThat(
            meters
                .get("parceliq.carrier.calls")
                .tags("carrier", "sandbox", "operation", "rate", "outcome", "circuit_open")
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void refusalsNeverOpenTheCircuit() {
    when(plugin.rate(any()))
        .thenThrow(
            new CarrierException("sandbox", CarrierErrorKind.REJECTED, "bad zip", List.of()));
    for (int i = 0; i < 30; i++) {
      rateDistinctParcel(i);
    }

    verify(plugin, times(30)).rate(any());
    assertThat(meters.get("parceliq.carrier.circuit.state").gauge().value()).isEqualTo(0.0);
  }

  private void rateDistinctParcel(int i) {
    Parcel parcel = new Parcel(new BigDecimal(10 + i), null, null, null);
    try {
      activities.quoteRates(SANDBOX, new RateShipment("ten_1", "shp_" + i, FROM, TO, parcel, null));
    } catch (ApplicationFailure expected) {
      if (i == 99) {
        throw expected;
      }
    }
  }

  private static LabelReroute labelReroute() {
    return new LabelReroute(
        "ten_1", "shp_1", "ten_1:shp_1:reroute:k1:carrier", "sandbox", null, "SBX123", FROM, "r");
  }

  private double quoteLookups(String result) {
    return meters
        .get("parceliq.quote.lookups")
        .tag("carrier", "sandbox")
        .tag("result", result)
        .counter()
        .count();
  }
}
