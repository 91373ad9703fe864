package com.parceliq.it.support;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a workflow's event history, as an operator does in the Web UI, to tell exactly which step a
 * workflow has passed (a global counter such as the simulator's label count can be moved by other
 * work).
 */
public final class WorkflowHistories implements AutoCloseable {

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  public WorkflowHistories(StackConfig config) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    this.client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  /** How many activities of {@code activityType} have completed in the shipment's workflow. */
  public int completedShipmentActivities(String tenantId, String shipmentId, String activityType) {
    List<HistoryEvent> events =
        client.fetchHistory("shipment:" + tenantId + ":" + shipmentId).getEvents();
    Set<Long> scheduled = new HashSet<>();
    int completed = 0;
    for (HistoryEvent event : events) {
      if (event.hasActivityTaskScheduledEventAttributes()
          && event
              .getActivityTaskScheduledEventAttributes()
              .getActivityType()
              .getName()
              .equals(activityType)) {
        scheduled.add(event.getEventId());
      }
      if (event.hasActivityTaskCompletedEventAttributes()
          && scheduled.contains(
              event.getActivityTaskCompletedEventAttributes().getScheduledEventId())) {
        completed++;
      }
    }
    return completed;
  }

  /**
   * The attempt on which the workflow's last {@code activityType} activity started (1 when its
   * first try answered): history keeps only an activity's final attempt, numbered.
   */
  public int lastActivityAttempt(String workflowId, String activityType) {
    List<HistoryEvent> events = client.fetchHistory(workflowId).getEvents();
    Set<Long> scheduled = new HashSet<>();
    int attempt = 0;
    for (HistoryEvent event : events) {
      if (event.hasActivityTaskScheduledEventAttributes()
          && event
              .getActivityTaskScheduledEventAttributes()
              .getActivityType()
              .getName()
              .equals(activityType)) {
        scheduled.add(event.getEventId());
      }
      if (event.hasActivityTaskStartedEventAttributes()
          && scheduled.contains(
              event.getActivityTaskStartedEventAttributes().getScheduledEventId())) {
        attempt = event.getActivityTaskStartedEventAttributes().getAttempt();
      }
    }
    return attempt;
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
