package com.parceliq.carrier.spi;

import java.util.Optional;

/** Configuration handed to a plugin, such as its base URL and timeouts. */
public interface CarrierSettings {

  Optional<String> get(String key);

  default String require(String key) {
    return get(key).orElseThrow(() -> new IllegalStateException("missing carrier setting: " + key));
  }
}
