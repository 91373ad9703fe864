package com.parceliq.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.metadata.POJOWorkflowImplMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guard of workflow versioning (docs/versioning.md): every workflow type the workers register
 * has at least one committed history, and every committed history replays on the current code. A
 * new workflow type without a recording, or a change that would break executions already running,
 * fails the build here.
 */
class CommittedHistoriesTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void everyRegisteredWorkflowTypeHasACommittedHistory() throws Exception {
    TreeSet<String> recorded = new TreeSet<>(committed().values());

    assertThat(recorded)
        .as(
            "workflow types with a history under src/test/resources/histories; record one with a"
                + " *HistoryTest (see the README there) for every type WorkflowRegistrations lists")
        .containsAll(registeredTypes().keySet());
  }

  @Test
  void everyCommittedHistoryReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    Map<String, Class<?>> implementations = registeredTypes();
    Map<Path, String> histories = committed();
    assertThat(histories).isNotEmpty();
    histories.forEach(
        (file, type) ->
            assertThat(implementations)
                .as("%s records %s, which no worker registers", file, type)
                .containsKey(type));
    // One worker hosts every registered workflow: the replayer picks the type from each history.
    Worker worker = env.newWorker("replay-committed-histories");
    worker.registerWorkflowImplementationTypes(
        implementations.values().stream().distinct().toArray(Class<?>[]::new));

    for (Path file : histories.keySet()) {
      try {
        WorkflowReplayer.replayWorkflowExecution(read(file), worker);
      } catch (Exception | AssertionError e) {
        throw new AssertionError(file.getFileName() + " no longer replays: " + e.getMessage(), e);
      }
    }
  }

  /** Registered workflow type name (as Temporal records it) to its implementation class. */
  private static Map<String, Class<?>> registeredTypes() {
    Map<String, Class<?>> types = new TreeMap<>();
    for (WorkflowRegistrations.Registration registration : WorkflowRegistrations.all()) {
      for (Class<?> implementation : registration.implementations()) {
        List<POJOWorkflowMethodMetadata> methods =
            POJOWorkflowImplMetadata.newInstance(implementation).getWorkflowMethods();
        methods.forEach(method -> types.put(method.getName(), implementation));
      }
    }
    return types;
  }

  /** Each committed history file to the workflow type its first event started. */
  private static Map<Path, String> committed() throws IOException, URISyntaxException {
    Path folder =
        Path.of(CommittedHistoriesTest.class.getClassLoader().getResource("histories").toURI());
    Map<Path, String> types = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
        types.put(
            file,
            read(file)
                .getEvents()
                .getFirst()
                .getWorkflowExecutionStartedEventAttributes()
                .getWorkflowType()
                .getName());
      }
    }
    return types;
  }

  private static WorkflowExecutionHistory read(Path file) throws IOException {
    return WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }
}
