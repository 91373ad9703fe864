package com.parceliq.carrier.usps;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import java.time.Clock;
import java.util.List;

/**
 * USPS through its v3 REST APIs, on one tenant account's contract. Each capability lives in its own
 * file ({@link UspsRating}, {@link UspsPurchase}, {@link UspsVoid}, {@link UspsTracking}, {@link
 * UspsScanForm}); {@link UspsClient} holds the account's OAuth and payment tokens.
 */
public final class UspsCarrierPlugin implements CarrierPlugin {

  public static final String CODE = "usps";

  private final CarrierAccount account;
  private final UspsClient client;

  UspsCarrierPlugin(CarrierSettings settings, CarrierAccount account, Clock clock) {
    this.account = account;
    this.client = new UspsClient(settings, account, clock);
  }

  @Override
  public CarrierDescriptor descriptor() {
    return UspsCarrierPluginFactory.DESCRIPTOR;
  }

  @Override
  public List<CarrierRate> rate(RateRequest request) {
    return UspsRating.call(client, account, request);
  }

  @Override
  public PurchasedLabel purchase(PurchaseRequest request) {
    return UspsPurchase.call(client, request);
  }

  @Override
  public VoidResult voidLabel(VoidRequest request) {
    return UspsVoid.call(client, request);
  }

  @Override
  public TrackingInfo track(String trackingCode) {
    return UspsTracking.call(client, trackingCode);
  }

  @Override
  public Manifest createManifest(ManifestRequest request) {
    return UspsScanForm.call(client, request);
  }

  @Override
  public String toString() {
    return "UspsCarrierPlugin[" + account + "]";
  }
}
