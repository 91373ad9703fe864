package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierDescriptor;
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
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The carrier plugins on the classpath. Adding a carrier is adding a jar: plugins are discovered
 * with {@link ServiceLoader}, never listed in code. A carrier that needs no account (the sandbox)
 * has one platform instance; a carrier that does gets one instance per tenant account, kept so its
 * OAuth token is shared by the account's calls. Accounts never change once created (a new one
 * replaces a deleted one), so an instance stays valid for its account's life.
 */
@ApplicationScoped
public class CarrierPluginRegistry {

  private static final Logger LOG = Logger.getLogger(CarrierPluginRegistry.class);

  private final Map<String, CarrierPluginFactory> factories;
  private final Map<String, CarrierPlugin> platformPlugins;
  private final Map<String, CarrierPlugin> accountPlugins = new ConcurrentHashMap<>();
  private final Config config;

  @Inject
  public CarrierPluginRegistry(Config config) {
    this(ServiceLoader.load(CarrierPluginFactory.class), config);
  }

  CarrierPluginRegistry(Iterable<CarrierPluginFactory> discovered, Config config) {
    this.config = config;
    Map<String, CarrierPluginFactory> found = new TreeMap<>();
    Map<String, CarrierPlugin> platform = new TreeMap<>();
    for (CarrierPluginFactory factory : discovered) {
      CarrierDescriptor descriptor = factory.descriptor();
      String code = descriptor.code();
      if (found.putIfAbsent(code, factory) != null) {
        throw new IllegalStateException("two carrier plugins on the classpath claim code " + code);
      }
      if (!descriptor.requiresAccount()) {
        platform.put(code, factory.create(settings(code), CarrierAccount.platform()));
      }
      LOG.infof(
          "carrier plugin %s (%s) found: capabilities %s, %s",
          code,
          descriptor.name(),
          descriptor.capabilities(),
          descriptor.requiresAccount()
              ? "tenants bring accounts with " + descriptor.credentialFields()
              : "offered by the platform");
    }
    // A carrier someone configured but whose jar is missing would silently never be offered.
    SortedSet<String> missing = configuredCarriers(config);
    missing.removeAll(found.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "carrier(s) "
              + missing
              + " are configured under "
              + ConfigCarrierSettings.PREFIX
              + "<code>.* but no plugin for them is on the classpath; plugins found: "
              + found.keySet());
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("no carrier plugin is on the classpath");
    }
    this.factories = Collections.unmodifiableMap(found);
    this.platformPlugins = Collections.unmodifiableMap(platform);
  }

  /** The codes of all discovered carriers, sorted. */
  public Set<String> codes() {
    return factories.keySet();
  }

  public Optional<CarrierDescriptor> descriptor(String code) {
    return Optional.ofNullable(factories.get(code)).map(CarrierPluginFactory::descriptor);
  }

  /** The platform's instance of a carrier that needs no account. */
  public Optional<CarrierPlugin> platformPlugin(String code) {
    return Optional.ofNullable(platformPlugins.get(code));
  }

  /**
   * The instance calling {@code code} on a tenant's account; absent when no plugin has the code.
   */
  public Optional<CarrierPlugin> accountPlugin(String code, CarrierAccount account) {
    CarrierPluginFactory factory = factories.get(code);
    if (factory == null) {
      return Optional.empty();
    }
    String accountId = account.accountId().orElseThrow();
    return Optional.of(
        accountPlugins.computeIfAbsent(accountId, id -> factory.create(settings(code), account)));
  }

  /** Whether a plugin for the account was made already (its credentials need not be opened). */
  Optional<CarrierPlugin> cachedAccountPlugin(String accountId) {
    return Optional.ofNullable(accountPlugins.get(accountId));
  }

  private ConfigCarrierSettings settings(String code) {
    return new ConfigCarrierSettings(config, code);
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
