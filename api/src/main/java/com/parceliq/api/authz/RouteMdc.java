package com.parceliq.api.authz;

import com.parceliq.api.authz.routes.RegisteredRoute;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.logging.MDC;

/**
 * Puts what a request does into the logging MDC once its route is known: {@code route} (method and
 * path template, never the concrete path, so lines of one route group together), {@code action} and
 * {@code resource} (type, and id when the route names one) as authorization decided them.
 */
final class RouteMdc {

  static final String ROUTE = "route";
  static final String ACTION = "action";
  static final String RESOURCE = "resource";

  private RouteMdc() {}

  static void route(ContainerRequestContext request, ResourceInfo resource) {
    MDC.put(ROUTE, request.getMethod() + " " + template(resource));
  }

  static void decided(RegisteredRoute route, ResourceRef target) {
    if (route.action() != null) {
      MDC.put(ACTION, route.action().wireName());
    }
    if (target != null && target.type() != null) {
      String type = target.type().wireName();
      MDC.put(RESOURCE, target.id() == null ? type : type + ":" + target.id());
    }
  }

  static String template(ResourceInfo resource) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    String base = pathOf(type == null ? null : type.getAnnotation(Path.class));
    String own = pathOf(method == null ? null : method.getAnnotation(Path.class));
    String joined = (base + "/" + own).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static String pathOf(Path path) {
    return path == null ? "" : path.value();
  }
}
