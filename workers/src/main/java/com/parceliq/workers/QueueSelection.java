package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which task queues this worker process polls ({@value #KEY}). Absent means every queue: one
 * deployment runs everything. A production cluster may instead run one deployment per queue group
 * (deploy/k8s), each scaled on its own queues' backlog, so that a flood of webhook deliveries or an
 * archival run never competes with shipments for pods. {@code carrier-*} stands for every carrier's
 * queue. A queue's workflows and activities always stay together (local activities need it).
 */
record QueueSelection(Optional<Set<String>> queues) {

  static final String KEY = "parceliq.workers.task-queues";
  static final String EVERY_CARRIER = TaskQueues.carrier("*");

  private static final Set<String> NAMED =
      Set.of(
          TaskQueues.SHIPPING,
          TaskQueues.BILLING,
          TaskQueues.BATCHES,
          TaskQueues.DOCUMENTS,
          TaskQueues.WEBHOOKS,
          TaskQueues.ARCHIVAL,
          TaskQueues.RECONCILIATION);

  /** Every queue: the default, and the local stack's. */
  static QueueSelection all() {
    return new QueueSelection(Optional.empty());
  }

  /**
   * The configured names; an unknown one stops the worker, since a typo would otherwise leave a
   * queue without any poller and its tasks waiting for ever.
   */
  static QueueSelection of(Optional<List<String>> configured) {
    if (configured.isEmpty() || configured.get().isEmpty()) {
      return all();
    }
    Set<String> names = Set.copyOf(configured.get().stream().map(String::strip).toList());
    for (String name : names) {
      if (!NAMED.contains(name) && !name.startsWith(TaskQueues.carrier(""))) {
        throw new IllegalArgumentException(
            KEY
                + " names an unknown task queue '"
                + name
                + "'; known: "
                + NAMED
                + " and carrier-*");
      }
    }
    return new QueueSelection(Optional.of(names));
  }

  boolean polls(String queue) {
    return queues
        .map(
            names ->
                names.contains(queue)
                    || (queue.startsWith(TaskQueues.carrier("")) && names.contains(EVERY_CARRIER)))
        .orElse(true);
  }
}
