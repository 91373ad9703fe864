package com.parceliq.it.bench;

import java.util.List;

/**
 * A system whose purchase the benchmark times: ParcelIQ through its HTTP API, or the bare Temporal
 * baseline. Preparation is untimed; only {@link #purchase} is measured.
 *
 * @param <S> what one prepared purchase needs (a rated shipment, a started workflow)
 */
interface BenchTarget<S> {

  /** A short name for the report. */
  String name();

  /** Prepares purchases ready to be timed, e.g. shipments created and rated and a funded wallet. */
  List<S> prepare(int count);

  /** One timed purchase; never throws, a failure is an {@link Outcome}. */
  Outcome purchase(S sample);

  /** The workflow that ran the purchase, to read where its time went. */
  WorkflowRef workflowOf(S sample);

  /**
   * A workflow execution and how to recognise the purchase's update in its history.
   *
   * @param workflowId the workflow id
   * @param updateIdPrefix the prefix of the purchase's update id
   */
  record WorkflowRef(String workflowId, String updateIdPrefix) {}
}
