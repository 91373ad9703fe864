package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every route the API documents in {@code /q/openapi}, as method and path template. */
public final class OpenApiRoutes {

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApiRoutes() {}

  public record Route(String method, String template) {

    /** The path parameters' names, in order. */
    public List<String> params() {
      List<String> names = new ArrayList<>();
      Matcher matcher = PARAM.matcher(template);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }

    /** The first path segment after /v1, e.g. {@code shipments}: what kind of id {id} is. */
    public String collection() {
      String[] segments = template.split("/");
      return segments.length > 2 ? segments[2] : "";
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  public static List<Route> fetch(ApiClient api) {
    JsonNode spec =
        api.request("GET", "/q/openapi?format=json")
            .header("Accept", "application/json")
            .send()
            .expect(200);
    List<Route> routes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next().toUpperCase(Locale.ROOT);
        if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          routes.add(new Route(method, path.getKey()));
        }
      }
    }
    return routes;
  }
}
