package com.parceliq.architecture.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.architecture.deploy.Manifests.Manifest;
import com.parceliq.architecture.deploy.Workloads.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s against the applications it runs: a renamed property, a moved port or a new task queue
 * breaks this test instead of a production rollout.
 */
class ManifestsMatchTheAppsTest {

  private static final Repository REPO = Repository.current();
  private static final Manifests MANIFESTS = Manifests.load(REPO);
  private static final List<Container> CONTAINERS = Workloads.containers(MANIFESTS);
  private static final Map<String, AppConfig> APPS = new HashMap<>();

  static {
    Workloads.APPS.forEach(app -> APPS.put(app, AppConfig.of(REPO, app)));
  }

  @Test
  void everyContainerIsOneOfTheAppsWithItsImage() {
    assertThat(CONTAINERS).hasSizeGreaterThanOrEqualTo(3);
    for (Container container : CONTAINERS) {
      assertThat(Workloads.APPS).as("%s", container).contains(container.app());
      assertThat(container.image()).as("%s", container).isEqualTo("parceliq-" + container.app());
    }
  }

  @Test
  void probesAskTheAppsHealthEndpointsOnTheirHttpPort() {
    for (Container container : CONTAINERS) {
      int port = Integer.parseInt(APPS.get(container.app()).property("quarkus.http.port"));
      JsonNode http = container.spec().path("ports").get(0);
      assertThat(http.path("name").asText()).as("%s", container).isEqualTo("http");
      assertThat(http.path("containerPort").asInt()).as("%s", container).isEqualTo(port);
      assertProbe(container, "readinessProbe", "/q/health/ready");
      assertProbe(container, "livenessProbe", "/q/health/live");
    }
  }

  @Test
  void everyEnvironmentVariableIsAConfigPropertyOfItsApp() {
    Map<String, List<Manifest>> configMaps = Workloads.configMaps(MANIFESTS);
    List<String> unknown = new ArrayList<>();
    for (Container container : CONTAINERS) {
      AppConfig app = APPS.get(container.app());
      for (JsonNode entry : container.env()) {
        check(app, entry.path("name").asText(), container.toString(), unknown);
      }
      for (String mapName : container.configMaps()) {
        assertThat(configMaps).as("ConfigMap %s of %s", mapName, container).containsKey(mapName);
        for (Manifest map : configMaps.get(mapName)) {
          map.doc()
              .path("data")
              .fieldNames()
              .forEachRemaining(n -> check(app, n, "" + map, unknown));
        }
      }
    }
    // Overlays add variables to every container through JSON patches.
    for (Manifest patch : MANIFESTS.jsonPatches().toList()) {
      for (JsonNode op : patch.doc()) {
        if (op.path("path").asText().contains("/env")) {
          APPS.values()
              .forEach(
                  app ->
                      check(
                          app, op.path("value").path("name").asText(), "" + patch.file(), unknown));
        }
      }
    }
    assertThat(unknown).as("variables that map onto no configuration property").isEmpty();
  }

  @Test
  void everyScaledTaskQueueExistsAndIsPolledByTheDeploymentItScales() {
    Set<String> known = KnownQueues.all(REPO);
    List<Manifest> scaledObjects = MANIFESTS.ofKind("ScaledObject").toList();
    assertThat(scaledObjects).isNotEmpty();
    for (Manifest scaled : scaledObjects) {
      Container target =
          container(scaled.doc().path("spec").path("scaleTargetRef").path("name").asText());
      for (JsonNode trigger : scaled.doc().path("spec").path("triggers")) {
        if (!trigger.path("type").asText().equals("temporal")) {
          continue;
        }
        String queue = trigger.path("metadata").path("taskQueue").asText();
        assertThat(known).as("task queue of %s", scaled).contains(queue);
        assertThat(KnownQueues.polls(target.taskQueues(), queue))
            .as("%s scales %s on %s, which it does not poll", scaled, target, queue)
            .isTrue();
        for (String fromEnv : List.of("endpointFromEnv", "namespaceFromEnv")) {
          assertThat(variables(target))
              .as("%s reads %s from %s", scaled, fromEnv, target)
              .contains(trigger.path("metadata").path(fromEnv).asText("-"));
        }
      }
    }
  }

  @Test
  void everyTaskQueueIsPolledByAWorkerDeploymentAndScaledOnItsBacklog() {
    List<Container> workers = CONTAINERS.stream().filter(c -> c.app().equals("workers")).toList();
    List<String> triggered =
        MANIFESTS
            .ofKind("ScaledObject")
            .flatMap(s -> Workloads.list(s.doc().path("spec").path("triggers")).stream())
            .map(trigger -> trigger.path("metadata").path("taskQueue").asText(""))
            .toList();
    for (String queue : KnownQueues.all(REPO)) {
      assertThat(workers)
          .as("a worker Deployment polling %s", queue)
          .anyMatch(worker -> KnownQueues.polls(worker.taskQueues(), queue));
      assertThat(triggered).as("a KEDA trigger on %s", queue).contains(queue);
    }
  }

  @Test
  void workersGetMoreGraceThanTheirShutdownTimeout() {
    String fallback = APPS.get("workers").property("parceliq.workers.shutdown-timeout");
    for (Container container : CONTAINERS) {
      if (container.app().equals("workers")) {
        String configured = value(container, "PARCELIQ_WORKERS_SHUTDOWN_TIMEOUT").orElse(fallback);
        Duration timeout = Duration.parse("PT" + configured.toUpperCase(Locale.ROOT));
        long grace = container.pod().path("terminationGracePeriodSeconds").asLong(30);
        assertThat(grace)
            .as("%s (shutdown timeout %s)", container, timeout)
            .isGreaterThan(timeout.toSeconds());
      }
    }
  }

  /** A variable's value as the container sees it: its own env first, then its ConfigMaps. */
  private static java.util.Optional<String> value(Container container, String name) {
    java.util.Optional<String> literal = container.literal(name);
    if (literal.isPresent()) {
      return literal;
    }
    Map<String, List<Manifest>> configMaps = Workloads.configMaps(MANIFESTS);
    return container.configMaps().stream()
        .flatMap(mapName -> configMaps.getOrDefault(mapName, List.of()).stream())
        .map(map -> map.doc().path("data").path(name))
        .filter(node -> !node.isMissingNode())
        .map(JsonNode::asText)
        .findFirst();
  }

  /** The names a container gets, from env and from its ConfigMaps (what KEDA's *FromEnv reads). */
  private static Set<String> variables(Container container) {
    Set<String> names = new java.util.TreeSet<>();
    container.env().forEach(entry -> names.add(entry.path("name").asText()));
    Map<String, List<Manifest>> configMaps = Workloads.configMaps(MANIFESTS);
    for (String mapName : container.configMaps()) {
      configMaps
          .getOrDefault(mapName, List.of())
          .forEach(map -> map.doc().path("data").fieldNames().forEachRemaining(names::add));
    }
    return names;
  }

  private static void check(AppConfig app, String name, String where, List<String> unknown) {
    if (!app.knows(name)) {
      unknown.add(name + " for " + app.app() + " in " + where);
    }
  }

  private static void assertProbe(Container container, String probe, String path) {
    JsonNode get = container.spec().path(probe).path("httpGet");
    assertThat(get.path("path").asText()).as("%s %s", probe, container).isEqualTo(path);
    assertThat(get.path("port").asText()).as("%s %s", probe, container).isEqualTo("http");
  }

  private static Container container(String deployment) {
    return CONTAINERS.stream()
        .filter(c -> c.deployment().name().equals(deployment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + deployment));
  }
}
