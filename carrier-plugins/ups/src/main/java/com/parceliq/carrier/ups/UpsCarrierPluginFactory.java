package com.parceliq.carrier.ups;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;

/**
 * Found by {@link java.util.ServiceLoader} under carrier code {@code ups}. Settings ({@code
 * parceliq.carriers.ups.*}): {@code base-url} (https://onlinetools.ups.com), {@code test-base-url}
 * (https://wwwcie.ups.com, for accounts in test mode), {@code connect-timeout-ms} (2000), {@code
 * request-timeout-ms} (the descriptor's call timeout), {@code transaction-source} (parceliq).
 */
public final class UpsCarrierPluginFactory implements CarrierPluginFactory {

  @Override
  public CarrierDescriptor descriptor() {
    return UpsCarrierPlugin.DESCRIPTOR;
  }

  /** One instance per tenant account: its OAuth token is cached in the instance. */
  @Override
  public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
    return new UpsCarrierPlugin(UpsApi.connect(settings, account));
  }
}
