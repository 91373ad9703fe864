package com.parceliq.architecture.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.architecture.deploy.Manifests.Manifest;
import com.parceliq.architecture.deploy.Workloads.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/k8s on its own: complete kustomizations, bounded resources, no secret in plain sight. */
class ManifestsHygieneTest {

  /** Names of settings that are credentials; a path to a mounted file is not one. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(PASSWORD|SECRET|API_KEY|ACCESS_KEY|MASTER_KEY|ADMIN_KEY|TOKEN|_KEY)$");

  private static final Pattern SECRET_IN_URL =
      Pattern.compile("(?i).*(password=|://[^/@]+:[^/@]+@).*");

  private static final Repository REPO = Repository.current();
  private static final Manifests MANIFESTS = Manifests.load(REPO);

  @Test
  void everyKustomizationListsOnlyFilesThatExist() {
    List<Manifest> kustomizations = MANIFESTS.ofKind("Kustomization").toList();
    assertThat(kustomizations).hasSizeGreaterThanOrEqualTo(3);
    for (Manifest kustomization : kustomizations) {
      Path dir = MANIFESTS.root().resolve(kustomization.file()).getParent();
      for (JsonNode resource : kustomization.doc().path("resources")) {
        assertThat(dir.resolve(resource.asText())).as("%s", kustomization).exists();
      }
      for (JsonNode patch : kustomization.doc().path("patches")) {
        assertThat(Files.isRegularFile(dir.resolve(patch.path("path").asText())))
            .as("patch %s of %s", patch, kustomization)
            .isTrue();
      }
    }
  }

  @Test
  void everyContainerRequestsAndLimitsCpuAndMemory() {
    for (Container container : Workloads.containers(MANIFESTS)) {
      JsonNode resources = container.spec().path("resources");
      for (String bound : List.of("requests", "limits")) {
        for (String resource : List.of("cpu", "memory")) {
          assertThat(resources.path(bound).path(resource).asText(""))
              .as("%s.%s of %s", bound, resource, container)
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void noConfigMapHoldsACredential() {
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, List<Manifest>> maps : Workloads.configMaps(MANIFESTS).entrySet()) {
      for (Manifest map : maps.getValue()) {
        map.doc()
            .path("data")
            .fields()
            .forEachRemaining(
                entry -> {
                  String value = entry.getValue().asText();
                  boolean credentialName =
                      SECRET_NAME.matcher(entry.getKey()).matches() && !value.startsWith("/");
                  if (credentialName || SECRET_IN_URL.matcher(value).matches()) {
                    leaks.add(entry.getKey() + " in " + map);
                  }
                });
      }
    }
    assertThat(leaks).as("credentials belong in Secrets").isEmpty();
  }

  @Test
  void credentialsReachContainersOnlyFromSecrets() {
    for (Container container : Workloads.containers(MANIFESTS)) {
      for (JsonNode entry : container.env()) {
        String name = entry.path("name").asText();
        if (SECRET_NAME.matcher(name).matches()) {
          assertThat(entry.path("valueFrom").has("secretKeyRef"))
              .as("%s of %s comes from a Secret", name, container)
              .isTrue();
        }
      }
    }
  }
}
