package com.parceliq.api.authz.routes;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Builds the route registry from the API's actual resource classes (every CDI bean whose class
 * carries {@link Path}: Quarkus REST makes each resource class a bean) when the API starts. An
 * invalid registry throws from the startup event, which stops the application.
 */
@ApplicationScoped
public class RouteRegistryStartup {

  private static final Logger LOG = Logger.getLogger(RouteRegistryStartup.class);

  @Produces
  @Singleton
  RouteRegistry registry(BeanManager beans) {
    Set<Class<?>> resources = new LinkedHashSet<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
        resources.add(bean.getBeanClass());
      }
    }
    RouteRegistry registry = RouteValidator.build(resources);
    LOG.infof(
        "Route registry: %d routes in %d resource classes", registry.size(), resources.size());
    return registry;
  }

  void validateAtStartup(@Observes StartupEvent event, RouteRegistry registry) {
    // Injecting the registry builds it, so an invalid one stops startup here.
  }
}
