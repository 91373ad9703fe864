package com.parceliq.architecture.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every YAML document under deploy/k8s, parsed as plain trees (no kubectl, no cluster). */
record Manifests(Path root, List<Manifest> all) {

  /** One document and the file it came from, for messages. */
  record Manifest(Path file, JsonNode doc) {

    String kind() {
      return doc.path("kind").asText("");
    }

    String name() {
      return doc.path("metadata").path("name").asText("");
    }

    @Override
    public String toString() {
      return kind() + " " + name() + " (" + file + ")";
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Manifests load(Repository repository) {
    Path root = repository.path("deploy/k8s");
    List<Manifest> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Manifests::isYaml).sorted().toList()) {
        try (var parser = YAML.createParser(file.toFile())) {
          YAML.readValues(parser, JsonNode.class)
              .readAll()
              .forEach(doc -> docs.add(new Manifest(root.relativize(file), doc)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Manifests(root, List.copyOf(docs));
  }

  Stream<Manifest> ofKind(String kind) {
    return all.stream().filter(manifest -> manifest.kind().equals(kind));
  }

  /** JSON 6902 patches: YAML lists of operations rather than objects. */
  Stream<Manifest> jsonPatches() {
    return all.stream().filter(manifest -> manifest.doc().isArray());
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }
}
