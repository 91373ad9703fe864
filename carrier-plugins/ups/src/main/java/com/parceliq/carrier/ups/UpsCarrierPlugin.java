package com.parceliq.carrier.ups;

import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import com.parceliq.domain.Address;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * UPS through its REST APIs (developer.ups.com). Each capability lives in its own file ({@link
 * UpsRating}, {@link UpsShipping}, {@link UpsVoid}, {@link UpsTracking}, {@link UpsPickup}, {@link
 * UpsAddressValidation}); {@link UpsApi} holds the account's connection and OAuth token. Refund
 * status, reroute and manifests are not offered through these APIs and answer UNSUPPORTED.
 */
public final class UpsCarrierPlugin implements CarrierPlugin {

  public static final String CODE = "ups";

  static final List<String> CREDENTIAL_FIELDS =
      List.of(UpsApi.CLIENT_ID, UpsApi.CLIENT_SECRET, UpsApi.ACCOUNT_NUMBER);

  /*
   * Limits: UPS publishes no numeric per-second quota for these APIs; it answers 429 "Rate Limit
   * Exceeded" (documented on every operation of the OpenAPI specs at
   * github.com/UPS-API/api-documentation) when an application exceeds its allowance. These values
   * are deliberately conservative: 8 calls in flight per worker, 5 calls a second per carrier
   * queue, and 30 s per call, because Ship and Shop answers routinely take several seconds.
   */
  static final CarrierDescriptor DESCRIPTOR =
      new CarrierDescriptor(
          CODE,
          "UPS",
          UpsServices.tokens(),
          EnumSet.of(
              Capability.ADDRESS_VALIDATION,
              Capability.RATING,
              Capability.PURCHASE,
              Capability.VOID,
              Capability.TRACKING,
              Capability.PICKUP),
          EnumSet.of(LabelFormat.PNG, LabelFormat.ZPL),
          CREDENTIAL_FIELDS,
          new CarrierLimits(8, 5, Duration.ofSeconds(30)));

  private final UpsApi api;

  UpsCarrierPlugin(UpsApi api) {
    this.api = api;
  }

  @Override
  public CarrierDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public AddressValidation validateAddress(Address address) {
    return UpsAddressValidation.call(api, address);
  }

  @Override
  public List<CarrierRate> rate(RateRequest request) {
    return UpsRating.call(api, request);
  }

  @Override
  public PurchasedLabel purchase(PurchaseRequest request) {
    return UpsShipping.call(api, request);
  }

  @Override
  public VoidResult voidLabel(VoidRequest request) {
    return UpsVoid.call(api, request);
  }

  @Override
  public TrackingInfo track(String trackingCode) {
    return UpsTracking.call(api, trackingCode);
  }

  @Override
  public PickupConfirmation schedulePickup(PickupRequest request) {
    return UpsPickup.call(api, request);
  }
}
