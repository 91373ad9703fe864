package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.ports.AddressCheck;
import com.parceliq.workflows.ports.AddressCheckResult;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.LabelOrder;
import com.parceliq.workflows.ports.LabelReroute;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RateShipment;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.VoidOutcome;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Carrier calls through the discovered plugins; runs on each carrier's own task queue. */
@ApplicationScoped
public class CarrierActivitiesImpl implements CarrierActivities {

  private final CarrierPluginRegistry registry;
  private final Duration rateTtl;
  private final Clock clock;

  @Inject
  public CarrierActivitiesImpl(
      CarrierPluginRegistry registry,
      @ConfigProperty(name = "parceliq.rates.ttl", defaultValue = "15m") Duration rateTtl) {
    this(registry, rateTtl, Clock.systemUTC());
  }

  CarrierActivitiesImpl(CarrierPluginRegistry registry, Duration rateTtl, Clock clock) {
    this.registry = registry;
    this.rateTtl = rateTtl;
    this.clock = clock;
  }

  @Override
  public List<RateQuote> quoteRates(String carrier, RateShipment shipment) {
    CarrierPlugin plugin = plugin(carrier);
    List<CarrierRate> rates =
        call(
            () ->
                plugin.rate(
                    new RateRequest(
                        shipment.from(), shipment.to(), shipment.parcel(), shipment.reference())));
    // Whole seconds: the expiry is shown to API users and compared by the workflow.
    Instant expiresAt = clock.instant().plus(rateTtl).truncatedTo(ChronoUnit.SECONDS);
    return rates.stream()
        .map(
            rate ->
                new RateQuote(
                    Ids.newId(IdPrefix.RATE),
                    carrier,
                    rate.service(),
                    rate.amount(),
                    rate.deliveryDays(),
                    expiresAt))
        .toList();
  }

  @Override
  public BoughtLabel purchaseLabel(LabelOrder order) {
    CarrierPlugin plugin = plugin(order.carrier());
    LabelFormat format = LabelFormats.preferred(plugin.descriptor());
    PurchasedLabel label =
        call(
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
        label.service(),
        label.trackingCode(),
        label.carrierShipmentId(),
        label.charged(),
        label.labelFormat().extension(),
        label.labelFile());
  }

  @Override
  public VoidOutcome voidLabel(LabelVoid request) {
    CarrierPlugin plugin = plugin(request.carrier());
    return outcome(call(() -> plugin.voidLabel(voidRequest(request))));
  }

  @Override
  public VoidOutcome refundStatus(LabelVoid request) {
    CarrierPlugin plugin = plugin(request.carrier());
    return outcome(call(() -> plugin.refundStatus(voidRequest(request))));
  }

  @Override
  public RerouteOutcome reroute(LabelReroute request) {
    CarrierPlugin plugin = plugin(request.carrier());
    RerouteResult result =
        call(
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
   * failure. Calls go out on the platform's plugin of the carrier whatever the account.
   */
  @Override
  public AddressCheckResult validateAddress(AddressCheck check) {
    CarrierPlugin plugin = plugin(check.carrier());
    AddressValidation validation = call(() -> plugin.validateAddress(check.address()));
    return new AddressCheckResult(
        check.carrier(),
        validation.address(),
        validation.verified(),
        validation.errors().stream()
            .map(error -> new AddressCheckResult.Problem(error.field(), error.message()))
            .toList());
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

  private CarrierPlugin plugin(String carrier) {
    // Retrying cannot make a missing plugin appear; it needs a deployment.
    return registry
        .find(carrier)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "carrier " + carrier + " is not available on this worker",
                    ErrorCode.CARRIER_REJECTED.code()));
  }

  private static <T> T call(Supplier<T> carrierCall) {
    try {
      return carrierCall.get();
    } catch (CarrierException e) {
      throw CarrierFailureMapper.toFailure(e);
    }
  }
}
