package com.parceliq.activities.carrier;

import com.parceliq.activities.carrier.CarrierAccountPlugins.Use;
import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.ports.AddressCheck;
import com.parceliq.workflows.ports.AddressCheckResult;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.CarrierManifest;
import com.parceliq.workflows.ports.LabelOrder;
import com.parceliq.workflows.ports.LabelReroute;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.ManifestOrder;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RateShipment;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.TrackRequest;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.shipment.TrackingUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carrier calls through the discovered plugins, on the tenant's carrier account or the platform's;
 * runs on each carrier's own task queue. Every call goes through {@link CarrierCalls} (timeout,
 * circuit breaker, metrics) and leaves with a Temporal failure of a stable type.
 */
@ApplicationScoped
public class CarrierActivitiesImpl implements CarrierActivities {

  private final CarrierAccountPlugins plugins;
  private final CarrierCalls calls;
  private final QuoteCache quoteCache;
  private final Duration rateTtl;
  private final Clock clock;

  @Inject
  public CarrierActivitiesImpl(
      CarrierAccountPlugins plugins,
      CarrierCalls calls,
      QuoteCache quoteCache,
      @ConfigProperty(name = "parceliq.rates.ttl", defaultValue = "15m") Duration rateTtl) {
    this(plugins, calls, quoteCache, rateTtl, Clock.systemUTC());
  }

  CarrierActivitiesImpl(
      CarrierAccountPlugins plugins,
      CarrierCalls calls,
      QuoteCache quoteCache,
      Duration rateTtl,
      Clock clock) {
    this.plugins = plugins;
    this.calls = calls;
    this.quoteCache = quoteCache;
    this.rateTtl = rateTtl;
    this.clock = clock;
  }

  @Override
  public List<RateQuote> quoteRates(CarrierChoice choice, RateShipment shipment) {
    String carrier = choice.carrier();
    String accountId = choice.carrierAccountId();
    CarrierPlugin plugin =
        plugins.plugin(shipment.tenantId(), carrier, accountId, Use.NEW_BUSINESS);
    RateRequest request =
        new RateRequest(shipment.from(), shipment.to(), shipment.parcel(), shipment.reference());
    List<CarrierRate> rates =
        quoteCache
            .find(carrier, accountId, request)
            .orElseGet(
                () -> {
                  List<CarrierRate> fresh = call(carrier, "rate", () -> plugin.rate(request));
                  quoteCache.put(carrier, accountId, request, fresh);
                  return fresh;
                });
    // Whole seconds: the expiry is shown to API users and compared by the workflow.
    Instant expiresAt = clock.instant().plus(rateTtl).truncatedTo(ChronoUnit.SECONDS);
    return rates.stream()
        .map(
            rate ->
                new RateQuote(
                    Ids.newId(IdPrefix.RATE),
                    carrier,
                    accountId,
                    rate.service(),
                    rate.amount(),
                    rate.deliveryDays(),
                    expiresAt))
        .toList();
  }

  @Override
  public BoughtLabel purchaseLabel(LabelOrder order) {
    CarrierPlugin plugin =
        plugins.plugin(
            order.tenantId(), order.carrier(), order.carrierAccountId(), Use.NEW_BUSINESS);
    LabelFormat format = LabelFormats.preferred(plugin.descriptor());
    PurchasedLabel label =
        call(
            order.carrier(),
            "purchase",
            () ->
                plugin.purchase(
                    new PurchaseRequest(
                        order.idempotencyKey(),
                        order.from(),
                        order.to(),
                        order.parcel(),
                        order.service(),
                        order.reference(),
                        format)));
    return new BoughtLabel(
        order.carrier(),
        order.carrierAccountId(),
        label.service(),
        label.trackingCode(),
        label.carrierShipmentId(),
        label.charged(),
        label.labelFormat().extension(),
        label.labelFile());
  }

  @Override
  public VoidOutcome voidLabel(LabelVoid request) {
    CarrierPlugin plugin =
        followUp(request.tenantId(), request.carrier(), request.carrierAccountId());
    return outcome(call(request.carrier(), "void", () -> plugin.voidLabel(voidRequest(request))));
  }

  @Override
  public VoidOutcome refundStatus(LabelVoid request) {
    CarrierPlugin plugin =
        followUp(request.tenantId(), request.carrier(), request.carrierAccountId());
    return outcome(
        call(request.carrier(), "refund_status", () -> plugin.refundStatus(voidRequest(request))));
  }

  @Override
  public RerouteOutcome reroute(LabelReroute request) {
    CarrierPlugin plugin =
        followUp(request.tenantId(), request.carrier(), request.carrierAccountId());
    RerouteResult result =
        call(
            request.carrier(),
            "reroute",
            () ->
                plugin.reroute(
                    new RerouteRequest(
                        request.idempotencyKey(),
                        request.trackingCode(),
                        request.newDestination(),
                        request.reference())));
    return new RerouteOutcome(result.trackingCode(), result.fee());
  }

  /**
   * The carrier's verdict as it gave it: an unverified address is a result, only a failed call is a
   * failure.
   */
  @Override
  public AddressCheckResult validateAddress(AddressCheck check) {
    CarrierPlugin plugin =
        plugins.plugin(
            check.tenantId(), check.carrier(), check.carrierAccountId(), Use.NEW_BUSINESS);
    AddressValidation validation =
        call(check.carrier(), "validate_address", () -> plugin.validateAddress(check.address()));
    return new AddressCheckResult(
        check.carrier(),
        validation.address(),
        validation.verified(),
        validation.errors().stream()
            .map(error -> new AddressCheckResult.Problem(error.field(), error.message()))
            .toList());
  }

  /** Manifesting follows up labels already bought, so it works on a deleted account too. */
  @Override
  public CarrierManifest createManifest(ManifestOrder order) {
    CarrierPlugin plugin = followUp(order.tenantId(), order.carrier(), order.carrierAccountId());
    Manifest manifest =
        call(
            order.carrier(),
            "manifest",
            () ->
                plugin.createManifest(
                    new ManifestRequest(
                        order.idempotencyKey(), order.from(), order.trackingCodes())));
    return new CarrierManifest(
        manifest.manifestId(), manifest.format().extension(), manifest.document());
  }

  /** Tracking follows up a bought label, so it works on a deleted account too. */
  @Override
  public TrackingUpdate track(TrackRequest request) {
    CarrierPlugin plugin =
        followUp(request.tenantId(), request.carrier(), request.carrierAccountId());
    TrackingInfo info =
        call(request.carrier(), "track", () -> plugin.track(request.trackingCode()));
    return TrackingUpdates.poll(info);
  }

  private CarrierPlugin followUp(String tenantId, String carrier, String accountId) {
    return plugins.plugin(tenantId, carrier, accountId, Use.FOLLOW_UP);
  }

  private static VoidRequest voidRequest(LabelVoid request) {
    return new VoidRequest(
        request.idempotencyKey(),
        request.trackingCode(),
        request.carrierShipmentId(),
        request.reference());
  }

  /** A refusal is an answer here, not a failure: the workflow decides what it means. */
  private static VoidOutcome outcome(VoidResult result) {
    VoidOutcome.Refund refund =
        switch (result.outcome()) {
          case REFUNDED -> VoidOutcome.Refund.REFUNDED;
          case REFUND_PENDING -> VoidOutcome.Refund.SUBMITTED;
          case REJECTED -> VoidOutcome.Refund.REJECTED;
        };
    return new VoidOutcome(refund, result.message());
  }

  private <T> T call(String carrier, String operation, Supplier<T> carrierCall) {
    try {
      return calls.call(carrier, operation, carrierCall);
    } catch (CarrierException e) {
      throw CarrierFailureMapper.toFailure(e);
    }
  }
}
