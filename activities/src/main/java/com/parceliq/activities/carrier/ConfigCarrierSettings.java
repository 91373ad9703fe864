package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierSettings;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** A plugin's settings: {@code parceliq.carriers.<code>.<key>} (or its environment variable). */
final class ConfigCarrierSettings implements CarrierSettings {

  static final String PREFIX = "parceliq.carriers.";

  private final Config config;
  private final String carrierCode;

  ConfigCarrierSettings(Config config, String carrierCode) {
    this.config = config;
    this.carrierCode = carrierCode;
  }

  static String propertyName(String carrierCode, String key) {
    return PREFIX + carrierCode + "." + key;
  }

  @Override
  public Optional<String> get(String key) {
    return config.getOptionalValue(propertyName(carrierCode, key), String.class);
  }
}
