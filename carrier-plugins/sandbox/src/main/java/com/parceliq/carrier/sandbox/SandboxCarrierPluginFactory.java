package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;

/**
 * Found by {@link java.util.ServiceLoader} under carrier code {@code sandbox}. Settings: {@code
 * base-url} (required), {@code connect-timeout-ms} (2000), {@code request-timeout-ms} (10000).
 */
public final class SandboxCarrierPluginFactory implements CarrierPluginFactory {

  @Override
  public CarrierDescriptor descriptor() {
    return SandboxCarrierPlugin.DESCRIPTOR;
  }

  /** The simulator has no accounts: every instance calls it the same way. */
  @Override
  public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
    return new SandboxCarrierPlugin(SandboxSettings.from(settings));
  }
}
