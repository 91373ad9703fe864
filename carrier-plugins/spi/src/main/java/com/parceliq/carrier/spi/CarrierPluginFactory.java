package com.parceliq.carrier.spi;

/**
 * Discovered with {@link java.util.ServiceLoader}: each plugin module lists its factory in {@code
 * META-INF/services/com.parceliq.carrier.spi.CarrierPluginFactory}.
 */
public interface CarrierPluginFactory {

  String carrierCode();

  CarrierPlugin create(CarrierSettings settings);
}
