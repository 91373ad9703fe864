package com.parceliq.carrier.spi;

/**
 * Discovered with {@link java.util.ServiceLoader}: each plugin module lists its factory in {@code
 * META-INF/services/com.parceliq.carrier.spi.CarrierPluginFactory}.
 */
public interface CarrierPluginFactory {

  /** What the carrier offers; known without any account. */
  CarrierDescriptor descriptor();

  default String carrierCode() {
    return descriptor().code();
  }

  /**
   * A plugin calling the carrier on {@code account}'s contract. Workers keep one instance per
   * account (so an OAuth token is fetched once and shared by its calls) and make a new one when the
   * account changes.
   */
  CarrierPlugin create(CarrierSettings settings, CarrierAccount account);
}
