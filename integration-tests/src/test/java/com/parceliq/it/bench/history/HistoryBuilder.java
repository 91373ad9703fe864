package com.parceliq.it.bench.history;

import com.google.protobuf.Timestamp;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskCompletedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionUpdateAcceptedEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionUpdateCompletedEventAttributes;
import io.temporal.api.history.v1.WorkflowTaskCompletedEventAttributes;
import io.temporal.api.history.v1.WorkflowTaskScheduledEventAttributes;
import io.temporal.api.history.v1.WorkflowTaskStartedEventAttributes;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.update.v1.Meta;
import io.temporal.api.update.v1.Request;
import java.util.ArrayList;
import java.util.List;

/** Writes workflow histories event by event, times in milliseconds from an arbitrary origin. */
final class HistoryBuilder {

  private static final long ORIGIN_SECONDS = 1_800_000_000L;

  private final List<HistoryEvent> events = new ArrayList<>();

  List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  /** A whole workflow task; returns its scheduled event id. */
  long workflowTask(double scheduled, double started, double completed) {
    long id =
        add(
            EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
            scheduled,
            e ->
                e.setWorkflowTaskScheduledEventAttributes(
                    WorkflowTaskScheduledEventAttributes.getDefaultInstance()));
    add(
        EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
        started,
        e ->
            e.setWorkflowTaskStartedEventAttributes(
                WorkflowTaskStartedEventAttributes.newBuilder().setScheduledEventId(id)));
    add(
        EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
        completed,
        e ->
            e.setWorkflowTaskCompletedEventAttributes(
                WorkflowTaskCompletedEventAttributes.newBuilder().setScheduledEventId(id)));
    return id;
  }

  void updateAccepted(String updateId, double at) {
    add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
        at,
        e ->
            e.setWorkflowExecutionUpdateAcceptedEventAttributes(
                WorkflowExecutionUpdateAcceptedEventAttributes.newBuilder()
                    .setAcceptedRequest(
                        Request.newBuilder().setMeta(Meta.newBuilder().setUpdateId(updateId)))));
  }

  void updateCompleted(String updateId, double at) {
    add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
        at,
        e ->
            e.setWorkflowExecutionUpdateCompletedEventAttributes(
                WorkflowExecutionUpdateCompletedEventAttributes.newBuilder()
                    .setMeta(Meta.newBuilder().setUpdateId(updateId))));
  }

  long activityScheduled(String type, String queue, double at) {
    return add(
        EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
        at,
        e ->
            e.setActivityTaskScheduledEventAttributes(
                ActivityTaskScheduledEventAttributes.newBuilder()
                    .setActivityType(ActivityType.newBuilder().setName(type))
                    .setTaskQueue(TaskQueue.newBuilder().setName(queue))));
  }

  void activityRan(long scheduledId, int attempt, double started, double completed) {
    add(
        EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED,
        started,
        e ->
            e.setActivityTaskStartedEventAttributes(
                ActivityTaskStartedEventAttributes.newBuilder()
                    .setScheduledEventId(scheduledId)
                    .setAttempt(attempt)));
    add(
        EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
        completed,
        e ->
            e.setActivityTaskCompletedEventAttributes(
                ActivityTaskCompletedEventAttributes.newBuilder()
                    .setScheduledEventId(scheduledId)));
  }

  private long add(
      EventType type, double millis, java.util.function.Consumer<HistoryEvent.Builder> attributes) {
    long id = events.size() + 1L;
    long nanos = Math.round(millis * 1_000_000);
    HistoryEvent.Builder event =
        HistoryEvent.newBuilder()
            .setEventId(id)
            .setEventType(type)
            .setEventTime(
                Timestamp.newBuilder()
                    .setSeconds(ORIGIN_SECONDS + nanos / 1_000_000_000)
                    .setNanos((int) (nanos % 1_000_000_000)));
    attributes.accept(event);
    events.add(event.build());
    return id;
  }
}
