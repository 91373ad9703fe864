package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierClaim;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.ClaimRequest;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import com.parceliq.carrier.spi.PickupCancelRequest;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRate;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.RerouteRequest;
import com.parceliq.carrier.spi.RerouteResult;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.Address;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * The sandbox carrier: talks to the carrier simulator over HTTP exactly as a real carrier plugin
 * talks to its carrier. Each capability lives in its own {@code *Call} class.
 */
public final class SandboxCarrierPlugin implements CarrierPlugin {

  public static final String CODE = "sandbox";

  /** The platform's own carrier: every tenant may use it, no account needed. */
  static final CarrierDescriptor DESCRIPTOR =
      new CarrierDescriptor(
          CODE,
          "ParcelIQ Sandbox",
          List.of("ground", "express", "overnight"),
          EnumSet.allOf(Capability.class),
          EnumSet.allOf(LabelFormat.class),
          List.of(),
          new CarrierLimits(64, 200, Duration.ofSeconds(15)));

  private final SandboxClient client;

  SandboxCarrierPlugin(SandboxSettings settings) {
    this.client = new SandboxClient(settings);
  }

  @Override
  public CarrierDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public AddressValidation validateAddress(Address address) {
    return AddressValidationCall.call(client, address);
  }

  @Override
  public List<CarrierRate> rate(RateRequest request) {
    return RatingCall.call(client, request);
  }

  @Override
  public PurchasedLabel purchase(PurchaseRequest request) {
    return PurchaseCall.call(client, request);
  }

  @Override
  public VoidResult voidLabel(VoidRequest request) {
    return VoidCall.call(client, request);
  }

  @Override
  public VoidResult refundStatus(VoidRequest request) {
    return RefundStatusCall.call(client, request);
  }

  @Override
  public TrackingInfo track(String trackingCode) {
    return TrackingCall.call(client, trackingCode);
  }

  @Override
  public RerouteResult reroute(RerouteRequest request) {
    return RerouteCall.call(client, request);
  }

  @Override
  public List<PickupRate> ratePickup(PickupRequest request) {
    return PickupRatingCall.call(client, request);
  }

  @Override
  public PickupConfirmation schedulePickup(PickupRequest request) {
    return PickupCall.call(client, request);
  }

  @Override
  public void cancelPickup(PickupCancelRequest request) {
    PickupCancelCall.call(client, request);
  }

  @Override
  public Manifest createManifest(ManifestRequest request) {
    return ManifestCall.call(client, request);
  }

  @Override
  public CarrierClaim fileClaim(ClaimRequest request) {
    return ClaimCall.file(client, request);
  }

  @Override
  public CarrierClaim claimStatus(String carrierClaimId) {
    return ClaimCall.status(client, carrierClaimId);
  }
}
