package com.parceliq.architecture.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.architecture.deploy.Manifests.Manifest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The app containers of the Deployments, read the way Kubernetes would run them. */
final class Workloads {

  /** Container names are the app names: the api and workers modules. */
  static final List<String> APPS = List.of("api", "workers");

  record Container(Manifest deployment, JsonNode spec) {

    String app() {
      return spec.path("name").asText();
    }

    String image() {
      return spec.path("image").asText();
    }

    List<JsonNode> env() {
      return list(spec.path("env"));
    }

    /** A variable set to a literal (not from a Secret or ConfigMap key). */
    Optional<String> literal(String name) {
      return env().stream()
          .filter(entry -> entry.path("name").asText().equals(name) && entry.has("value"))
          .map(entry -> entry.path("value").asText())
          .findFirst();
    }

    List<String> configMaps() {
      return list(spec.path("envFrom")).stream()
          .map(source -> source.path("configMapRef").path("name").asText(""))
          .filter(name -> !name.isEmpty())
          .toList();
    }

    /** The queues this worker polls (empty list: every queue). */
    List<String> taskQueues() {
      return literal("PARCELIQ_WORKERS_TASK_QUEUES")
          .map(value -> Arrays.stream(value.split(",")).map(String::strip).toList())
          .orElse(List.of());
    }

    JsonNode pod() {
      return deployment.doc().path("spec").path("template").path("spec");
    }

    @Override
    public String toString() {
      return "container " + app() + " of " + deployment;
    }
  }

  private Workloads() {}

  static List<Container> containers(Manifests manifests) {
    List<Container> containers = new ArrayList<>();
    manifests
        .ofKind("Deployment")
        .forEach(
            deployment ->
                list(deployment.doc().path("spec").path("template").path("spec").path("containers"))
                    .forEach(container -> containers.add(new Container(deployment, container))));
    return containers;
  }

  /** ConfigMap data by ConfigMap name, across base and overlays. */
  static Map<String, List<Manifest>> configMaps(Manifests manifests) {
    Map<String, List<Manifest>> byName = new java.util.TreeMap<>();
    manifests
        .ofKind("ConfigMap")
        .forEach(map -> byName.computeIfAbsent(map.name(), name -> new ArrayList<>()).add(map));
    return byName;
  }

  static List<JsonNode> list(JsonNode node) {
    return StreamSupport.stream(node.spliterator(), false).toList();
  }
}
