package com.parceliq.it.bench.history;

import com.google.protobuf.Timestamp;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one update's timeline out of a workflow history: every workflow task and activity between
 * the workflow task that accepted the update and the update's completion, with its scheduled,
 * started and completed times.
 */
public final class HistoryBreakdown {

  private HistoryBreakdown() {}

  /**
   * The breakdown of the first update whose id starts with {@code updateIdPrefix}; empty when the
   * history holds no such completed update.
   */
  public static Optional<Breakdown> of(List<HistoryEvent> events, String updateIdPrefix) {
    int accepted = indexOfAccepted(events, updateIdPrefix);
    if (accepted < 0) {
      return Optional.empty();
    }
    String updateId =
        events
            .get(accepted)
            .getWorkflowExecutionUpdateAcceptedEventAttributes()
            .getAcceptedRequest()
            .getMeta()
            .getUpdateId();
    int completed = indexOfCompleted(events, updateId, accepted);
    int begin = lastWorkflowTaskScheduledBefore(events, accepted);
    if (completed < 0 || begin < 0) {
      return Optional.empty();
    }
    double origin = millis(events.get(begin).getEventTime());
    List<Step> steps = steps(events.subList(begin, completed + 1), origin);
    return Optional.of(new Breakdown(steps, millis(events.get(completed).getEventTime()) - origin));
  }

  /**
   * When the first update whose id starts with {@code updateIdPrefix} completed, in epoch
   * milliseconds; empty while it has not.
   */
  public static Optional<Double> completedAt(List<HistoryEvent> events, String updateIdPrefix) {
    int accepted = indexOfAccepted(events, updateIdPrefix);
    if (accepted < 0) {
      return Optional.empty();
    }
    String updateId =
        events
            .get(accepted)
            .getWorkflowExecutionUpdateAcceptedEventAttributes()
            .getAcceptedRequest()
            .getMeta()
            .getUpdateId();
    int completed = indexOfCompleted(events, updateId, accepted);
    return completed < 0
        ? Optional.empty()
        : Optional.of(millis(events.get(completed).getEventTime()));
  }

  private static List<Step> steps(List<HistoryEvent> window, double origin) {
    Map<Long, HistoryEvent> scheduled = new HashMap<>();
    Map<Long, HistoryEvent> started = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (HistoryEvent event : window) {
      switch (event.getEventType()) {
        case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, EVENT_TYPE_ACTIVITY_TASK_SCHEDULED ->
            scheduled.put(event.getEventId(), event);
        case EVENT_TYPE_WORKFLOW_TASK_STARTED ->
            started.put(event.getWorkflowTaskStartedEventAttributes().getScheduledEventId(), event);
        case EVENT_TYPE_ACTIVITY_TASK_STARTED ->
            started.put(event.getActivityTaskStartedEventAttributes().getScheduledEventId(), event);
        default -> ended(event).ifPresent(id -> step(scheduled, started, id, event, origin, steps));
      }
    }
    steps.sort(Comparator.comparingDouble(Step::scheduled));
    return steps;
  }

  private static void step(
      Map<Long, HistoryEvent> scheduled,
      Map<Long, HistoryEvent> started,
      long scheduledId,
      HistoryEvent end,
      double origin,
      List<Step> steps) {
    HistoryEvent schedule = scheduled.get(scheduledId);
    HistoryEvent start = started.get(scheduledId);
    if (schedule == null || start == null) {
      return;
    }
    boolean activity = schedule.hasActivityTaskScheduledEventAttributes();
    steps.add(
        new Step(
            activity ? Step.Kind.ACTIVITY : Step.Kind.WORKFLOW_TASK,
            activity ? activityName(schedule, start, end) : workflowTaskName(end),
            millis(schedule.getEventTime()) - origin,
            millis(start.getEventTime()) - origin,
            millis(end.getEventTime()) - origin));
  }

  /** The scheduled event id a task's final event refers to, for the events that end a task. */
  private static Optional<Long> ended(HistoryEvent event) {
    return switch (event.getEventType()) {
      case EVENT_TYPE_WORKFLOW_TASK_COMPLETED ->
          Optional.of(event.getWorkflowTaskCompletedEventAttributes().getScheduledEventId());
      case EVENT_TYPE_WORKFLOW_TASK_FAILED ->
          Optional.of(event.getWorkflowTaskFailedEventAttributes().getScheduledEventId());
      case EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT ->
          Optional.of(event.getWorkflowTaskTimedOutEventAttributes().getScheduledEventId());
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          Optional.of(event.getActivityTaskCompletedEventAttributes().getScheduledEventId());
      case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
          Optional.of(event.getActivityTaskFailedEventAttributes().getScheduledEventId());
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
          Optional.of(event.getActivityTaskTimedOutEventAttributes().getScheduledEventId());
      default -> Optional.empty();
    };
  }

  private static String workflowTaskName(HistoryEvent end) {
    return end.hasWorkflowTaskCompletedEventAttributes()
        ? "workflow task"
        : "workflow task (" + outcome(end) + ")";
  }

  /** {@code ChargeLabel @billing}, with the attempt count and outcome when not a first success. */
  private static String activityName(HistoryEvent schedule, HistoryEvent start, HistoryEvent end) {
    var attributes = schedule.getActivityTaskScheduledEventAttributes();
    StringBuilder name =
        new StringBuilder(attributes.getActivityType().getName())
            .append(" @")
            .append(attributes.getTaskQueue().getName());
    int attempt = start.getActivityTaskStartedEventAttributes().getAttempt();
    if (attempt > 1) {
      name.append(" (attempt ").append(attempt).append(')');
    }
    if (!end.hasActivityTaskCompletedEventAttributes()) {
      name.append(" (").append(outcome(end)).append(')');
    }
    return name.toString();
  }

  private static String outcome(HistoryEvent end) {
    String type = end.getEventType().name();
    return type.substring(type.lastIndexOf('_') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static int indexOfAccepted(List<HistoryEvent> events, String updateIdPrefix) {
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      if (event.hasWorkflowExecutionUpdateAcceptedEventAttributes()
          && event
              .getWorkflowExecutionUpdateAcceptedEventAttributes()
              .getAcceptedRequest()
              .getMeta()
              .getUpdateId()
              .startsWith(updateIdPrefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfCompleted(List<HistoryEvent> events, String updateId, int from) {
    for (int i = from; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      if (event.hasWorkflowExecutionUpdateCompletedEventAttributes()
          && event
              .getWorkflowExecutionUpdateCompletedEventAttributes()
              .getMeta()
              .getUpdateId()
              .equals(updateId)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastWorkflowTaskScheduledBefore(List<HistoryEvent> events, int index) {
    for (int i = index; i >= 0; i--) {
      if (events.get(i).hasWorkflowTaskScheduledEventAttributes()) {
        return i;
      }
    }
    return -1;
  }

  static double millis(Timestamp time) {
    return time.getSeconds() * 1000.0 + time.getNanos() / 1_000_000.0;
  }
}
