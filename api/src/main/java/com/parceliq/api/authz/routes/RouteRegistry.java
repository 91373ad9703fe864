package com.parceliq.api.authz.routes;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/** Every resource method of the API and what it does, validated once at startup. */
public final class RouteRegistry {

  private final Map<Method, RegisteredRoute> routes;

  RouteRegistry(Map<Method, RegisteredRoute> routes) {
    this.routes = Map.copyOf(routes);
  }

  /** Empty for a method the registry does not know, which the caller must treat as a deny. */
  public Optional<RegisteredRoute> find(Method resourceMethod) {
    return resourceMethod == null
        ? Optional.empty()
        : Optional.ofNullable(routes.get(resourceMethod));
  }

  public int size() {
    return routes.size();
  }
}
