package com.parceliq.api.authz.routes;

import java.util.List;

/** The resource classes break the route registry's rules; the API must not start. */
public class InvalidRouteRegistryException extends RuntimeException {

  private final List<String> violations;

  public InvalidRouteRegistryException(List<String> violations) {
    super(
        "The route registry refuses to start the API; fix these resource methods:\n  - "
            + String.join("\n  - ", violations));
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }
}
