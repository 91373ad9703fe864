package com.parceliq.carrier.fedex;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import com.parceliq.carrier.spi.CarrierSettings;

/**
 * Found by {@link java.util.ServiceLoader} under carrier code {@code fedex}. Settings ({@code
 * parceliq.carriers.fedex.*}): {@code base-url} (default {@value FedexCarrierPlugin#PRODUCTION}),
 * {@code test-base-url} (default {@value FedexCarrierPlugin#TEST}), {@code connect-timeout-ms},
 * {@code request-timeout-ms}. The account must hold the credentials {@code client_id}, {@code
 * client_secret} and {@code account_number}.
 */
public final class FedexCarrierPluginFactory implements CarrierPluginFactory {

  @Override
  public CarrierDescriptor descriptor() {
    return FedexCarrierPlugin.DESCRIPTOR;
  }

  @Override
  public CarrierPlugin create(CarrierSettings settings, CarrierAccount account) {
    return new FedexCarrierPlugin(settings, account);
  }
}
