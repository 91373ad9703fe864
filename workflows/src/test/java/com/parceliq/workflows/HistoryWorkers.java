package com.parceliq.workflows;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;

/**
 * Workers for the recording tests: every registered workflow on its production task queue (as the
 * workers application runs them), and Mockito activities on the queues their policies name.
 */
public final class HistoryWorkers {

  private HistoryWorkers() {}

  /** Registers every workflow of {@link WorkflowRegistrations} on its production queue. */
  public static void registerWorkflows(TestWorkflowEnvironment env) {
    for (WorkflowRegistrations.Registration registration : WorkflowRegistrations.all()) {
      queue(env, registration.taskQueue())
          .registerWorkflowImplementationTypes(
              registration.implementations().toArray(Class<?>[]::new));
    }
  }

  /** The worker of {@code taskQueue}, created on first use. */
  public static Worker queue(TestWorkflowEnvironment env, String taskQueue) {
    Worker existing = env.getWorkerFactory().tryGetWorker(taskQueue);
    return existing != null ? existing : env.newWorker(taskQueue);
  }

  /** A Mockito activity; without annotations the mock does not look like a second interface. */
  public static <T> T activityMock(Class<T> activityInterface) {
    return mock(activityInterface, withSettings().withoutAnnotations());
  }
}
