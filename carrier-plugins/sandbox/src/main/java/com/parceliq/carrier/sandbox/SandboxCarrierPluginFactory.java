package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;

/**
 * Found by {@link java.util.ServiceLoader} under carrier code {@code sandbox}. Settings: {@code
 * base-url} (required), {@code connect-timeout-ms} (2000), {@code request-timeout-ms} (10000).
 */
public final class SandboxCarrierPluginFactory implements CarrierPluginFactory {

  @Override
  public String carrierCode() {
    return SandboxCarrierPlugin.CODE;
  }

  @Override
  public CarrierPlugin create(CarrierSettings settings) {
    return new SandboxCarrierPlugin(SandboxSettings.from(settings));
  }
}
