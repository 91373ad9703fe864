package com.parceliq.carrier.usps;

import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierLimits;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;
import com.parceliq.carrier.spi.LabelFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * Found by {@link java.util.ServiceLoader} under carrier code {@code usps}. Settings ({@code
 * parceliq.carriers.usps.*}): {@code base-url} (default https://apis.usps.com), {@code
 * test-base-url} (default https://apis-tem.usps.com, for accounts in test mode), {@code
 * connect-timeout-ms} (2000), {@code request-timeout-ms} (30000).
 */
public final class UspsCarrierPluginFactory implements CarrierPluginFactory {

  /**
   * USPS gives every new Developer Portal app a quota of 60 calls per hour (all APIs, OAuth
   * included); higher quotas are granted on request to USPS API support. Until an account's quota
   * is raised these are the limits that keep the platform from being throttled: one call a minute
   * on average, a handful in flight, and 30 s per call (label creation is the slowest).
   */
  static final CarrierLimits LIMITS = new CarrierLimits(4, 60.0 / 3600.0, Duration.ofSeconds(30));

  static final CarrierDescriptor DESCRIPTOR =
      new CarrierDescriptor(
          UspsCarrierPlugin.CODE,
          "USPS",
          UspsServices.TOKENS,
          EnumSet.of(
              Capability.RATING,
              Capability.PURCHASE,
              Capability.VOID,
              Capability.TRACKING,
              Capability.MANIFEST),
          EnumSet.of(LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG),
          UspsCredentials.FIELDS,
          LIMITS);

  /** Mailing dates are US Central time, the zone USPS schedules manifests in. */
  static final ZoneId MAILING_ZONE = ZoneId.of("America/Chicago");

  @Override
  public CarrierDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
    return new UspsCarrierPlugin(settings, account, Clock.system(MAILING_ZONE));
  }
}
