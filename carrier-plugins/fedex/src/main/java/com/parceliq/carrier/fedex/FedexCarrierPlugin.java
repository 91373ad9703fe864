package com.parceliq.carrier.fedex;

import com.parceliq.carrier.http.CarrierEndpoints;
import com.parceliq.carrier.http.OAuthTokens;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import com.parceliq.carrier.spi.RateRequest;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.VoidRequest;
import com.parceliq.carrier.spi.VoidResult;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * FedEx through its REST APIs, on one tenant account's contract. Each capability lives in its own
 * file ({@link FedexRating}, {@link FedexShipping}, {@link FedexCancel}, {@link FedexTracking});
 * the account's OAuth token is fetched once per instance and shared by its calls.
 */
public final class FedexCarrierPlugin implements CarrierPlugin {

  public static final String CODE = "fedex";
  static final String PRODUCTION = "https://apis.fedex.com";
  static final String TEST = "https://apis-sandbox.fedex.com";

  static final String CLIENT_ID = "client_id";
  static final String CLIENT_SECRET = "client_secret";
  static final String ACCOUNT_NUMBER = "account_number";

  /**
   * Limits: FedEx's "Quotas & rate limits guide" (developer.fedex.com/api/en-us/guides/ratelimits)
   * allows 1,400 transactions per 10 seconds per API project (140/s) and answers 429 beyond it; we
   * stay at 100/s so token fetches and a second worker's burst fit under the ceiling. FedEx
   * publishes no concurrency limit: 32 in flight per worker is our conservative choice. Ship calls
   * producing labels take several seconds at peak, hence the 30 s call timeout.
   */
  static final CarrierDescriptor DESCRIPTOR =
      new CarrierDescriptor(
          CODE,
          "FedEx",
          FedexServices.tokens(),
          EnumSet.of(Capability.RATING, Capability.PURCHASE, Capability.VOID, Capability.TRACKING),
          EnumSet.of(LabelFormat.PDF, LabelFormat.PNG, LabelFormat.ZPL),
          List.of(CLIENT_ID, CLIENT_SECRET, ACCOUNT_NUMBER),
          new CarrierLimits(32, 100, Duration.ofSeconds(30)));

  private final FedexApi api;

  FedexCarrierPlugin(CarrierSettings settings, CarrierAccount account) {
    String baseUrl = CarrierEndpoints.baseUrl(settings, account, PRODUCTION, TEST);
    var http = CarrierEndpoints.http(CODE, settings, DESCRIPTOR.limits().callTimeout());
    String clientId = account.requireCredential(CODE, CLIENT_ID);
    String clientSecret = account.requireCredential(CODE, CLIENT_SECRET);
    String accountNumber = account.requireCredential(CODE, ACCOUNT_NUMBER);
    OAuthTokens tokens =
        new OAuthTokens(
            () -> FedexOAuth.fetch(http, baseUrl, clientId, clientSecret, Clock.systemUTC()));
    this.api = new FedexApi(http, tokens, baseUrl, accountNumber);
  }

  @Override
  public CarrierDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Where this instance sends its calls (production or the account's test environment). */
  String baseUrl() {
    return api.baseUrl();
  }

  @Override
  public List<CarrierRate> rate(RateRequest request) {
    return FedexRating.call(api, request);
  }

  @Override
  public PurchasedLabel purchase(PurchaseRequest request) {
    return FedexShipping.call(api, request);
  }

  @Override
  public VoidResult voidLabel(VoidRequest request) {
    return FedexCancel.call(api, request);
  }

  @Override
  public TrackingInfo track(String trackingCode) {
    return FedexTracking.call(api, trackingCode);
  }

  @Override
  public String toString() {
    return "FedexCarrierPlugin[" + api.baseUrl() + "]";
  }
}
