package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.CarrierPluginFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The carrier plugins on the classpath, each created once with its settings. Adding a carrier is
 * adding a jar: plugins are discovered with {@link ServiceLoader}, never listed in code.
 */
@ApplicationScoped
public class CarrierPluginRegistry {

  private static final Logger LOG = Logger.getLogger(CarrierPluginRegistry.class);

  private final Map<String, CarrierPlugin> plugins;

  @Inject
  public CarrierPluginRegistry(Config config) {
    this(ServiceLoader.load(CarrierPluginFactory.class), config);
  }

  CarrierPluginRegistry(Iterable<CarrierPluginFactory> factories, Config config) {
    Map<String, CarrierPlugin> created = new TreeMap<>();
    for (CarrierPluginFactory factory : factories) {
      String code = factory.carrierCode();
      if (created.containsKey(code)) {
        throw new IllegalStateException("two carrier plugins on the classpath claim code " + code);
      }
      CarrierPlugin plugin =
          factory.create(new ConfigCarrierSettings(config, code), CarrierAccount.platform());
      created.put(code, plugin);
      LOG.infof(
          "carrier plugin %s (%s) found: capabilities %s",
          code, plugin.descriptor().name(), plugin.descriptor().capabilities());
    }
    // A carrier someone configured but whose jar is missing would silently never be offered.
    SortedSet<String> missing = configuredCarriers(config);
    missing.removeAll(created.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "carrier(s) "
              + missing
              + " are configured under "
              + ConfigCarrierSettings.PREFIX
              + "<code>.* but no plugin for them is on the classpath; plugins found: "
              + created.keySet());
    }
    if (created.isEmpty()) {
      throw new IllegalStateException("no carrier plugin is on the classpath");
    }
    this.plugins = Collections.unmodifiableMap(created);
  }

  /** The codes of all discovered carriers, sorted. */
  public Set<String> codes() {
    return plugins.keySet();
  }

  public Optional<CarrierPlugin> find(String code) {
    return Optional.ofNullable(plugins.get(code));
  }

  private static SortedSet<String> configuredCarriers(Config config) {
    SortedSet<String> codes = new TreeSet<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(ConfigCarrierSettings.PREFIX)) {
        String rest = name.substring(ConfigCarrierSettings.PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot > 0) {
          codes.add(rest.substring(0, dot));
        }
      }
    }
    return codes;
  }
}
