package com.parceliq.api.carrierwebhooks;

import com.parceliq.carrier.spi.CarrierWebhookParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The carriers that push tracking (their {@link CarrierWebhookParser}s, found on the class path)
 * and the secret each shares with the platform ({@code parceliq.carriers.<code>.webhook-secret}).
 */
@ApplicationScoped
public class CarrierWebhookParsers {

  private final Map<String, CarrierWebhookParser> parsers =
      ServiceLoader.load(CarrierWebhookParser.class).stream()
          .map(ServiceLoader.Provider::get)
          .collect(
              Collectors.toUnmodifiableMap(CarrierWebhookParser::carrierCode, Function.identity()));

  public Optional<CarrierWebhookParser> parser(String carrier) {
    return Optional.ofNullable(carrier).map(parsers::get);
  }

  /** Empty when none is configured: then every push of that carrier is refused. */
  public Optional<String> secret(String carrier) {
    Config config = ConfigProvider.getConfig();
    return config
        .getOptionalValue("parceliq.carriers." + carrier + ".webhook-secret", String.class)
        .filter(secret -> !secret.isBlank());
  }
}
