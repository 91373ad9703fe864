package com.parceliq.api.authz.routes;

import com.parceliq.api.auth.CarrierSignedRoute;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.RouteAction;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the route registry from resource classes and refuses it, naming every offending method,
 * when a route is unmapped (no {@link RouteAction} outside a {@link CarrierSignedRoute} class), its
 * {@code idParam} is not a path parameter of the route, or its action does not fit the route:
 * platform actions only on {@link PlatformAdminRoute} routes, and platform routes only with
 * platform actions. A route the registry does not know is denied at run time, so this check is what
 * keeps every route reachable at all and none reachable by mistake.
 */
public final class RouteValidator {

  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}");

  private RouteValidator() {}

  public static RouteRegistry build(Collection<Class<?>> resourceClasses) {
    Map<Method, RegisteredRoute> routes = new HashMap<>();
    List<String> violations = new ArrayList<>();
    resourceClasses.stream()
        .sorted(Comparator.comparing(Class::getName))
        .forEach(type -> register(type, routes, violations));
    if (!violations.isEmpty()) {
      throw new InvalidRouteRegistryException(violations);
    }
    return new RouteRegistry(routes);
  }

  private static void register(
      Class<?> type, Map<Method, RegisteredRoute> routes, List<String> violations) {
    boolean signed = type.isAnnotationPresent(CarrierSignedRoute.class);
    for (Method method : type.getMethods()) {
      if (!isResourceMethod(method)) {
        continue;
      }
      String name = type.getName() + "#" + method.getName();
      if (signed) {
        routes.put(method, RegisteredRoute.signed(name));
        continue;
      }
      RouteAction mapping = method.getAnnotation(RouteAction.class);
      if (mapping == null) {
        violations.add(name + ": no @RouteAction (every route must map to an action)");
        continue;
      }
      List<String> problems = problems(type, method, mapping);
      if (problems.isEmpty()) {
        routes.put(
            method,
            new RegisteredRoute(
                name, mapping.value(), mapping.resource(), mapping.idParam(), false));
      } else {
        problems.forEach(problem -> violations.add(name + ": " + problem));
      }
    }
  }

  private static List<String> problems(Class<?> type, Method method, RouteAction mapping) {
    List<String> problems = new ArrayList<>();
    String idParam = mapping.idParam();
    if (!idParam.isEmpty() && !pathParameters(type, method).contains(idParam)) {
      problems.add(
          "idParam \""
              + idParam
              + "\" is not a path parameter of the route (has "
              + pathParameters(type, method)
              + ")");
    }
    boolean platformRoute =
        type.isAnnotationPresent(PlatformAdminRoute.class)
            || method.isAnnotationPresent(PlatformAdminRoute.class);
    boolean platformAction = mapping.value().isPlatform();
    if (platformAction && !platformRoute) {
      problems.add(
          "platform action " + mapping.value() + " on a tenant route (no @PlatformAdminRoute)");
    }
    if (platformRoute && !platformAction) {
      problems.add("tenant action " + mapping.value() + " on a @PlatformAdminRoute route");
    }
    return problems;
  }

  static boolean isResourceMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  static List<String> pathParameters(Class<?> type, Method method) {
    List<String> names = new ArrayList<>();
    for (Path path :
        new Path[] {type.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
      if (path == null) {
        continue;
      }
      Matcher matcher = TEMPLATE_PARAM.matcher(path.value());
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }
}
