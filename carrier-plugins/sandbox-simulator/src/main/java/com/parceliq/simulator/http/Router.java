package com.parceliq.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps {@code METHOD /path/{param}} templates to handlers. The JDK server only matches path
 * prefixes, so the simulator does its own matching to get REST-style paths.
 */
public final class Router {

  private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

  private record Route(String method, Pattern pattern, List<String> params, ApiHandler handler) {}

  /** A matched route: its handler and the values of its path parameters. */
  public record Match(ApiHandler handler, Map<String, String> pathParams) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, ApiHandler handler) {
    List<String> params = new ArrayList<>();
    Matcher matcher = PARAM.matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
      params.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    routes.add(new Route(method, Pattern.compile(regex.toString()), List.copyOf(params), handler));
    return this;
  }

  /** The handler for this request; 404 for an unknown path, 405 for a known path and wrong verb. */
  public Match route(String method, String path) throws ApiException {
    boolean pathKnown = false;
    for (Route route : routes) {
      Optional<Map<String, String>> params = match(route, path);
      if (params.isEmpty()) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route.handler(), params.get());
      }
      pathKnown = true;
    }
    if (pathKnown) {
      throw new ApiException(
          405, "method_not_allowed", method + " is not allowed on " + path, List.of());
    }
    throw ApiException.notFound("no such endpoint: " + path);
  }

  private static Optional<Map<String, String>> match(Route route, String path) {
    Matcher matcher = route.pattern().matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < route.params().size(); i++) {
      values.put(route.params().get(i), matcher.group(i + 1));
    }
    return Optional.of(values);
  }
}
