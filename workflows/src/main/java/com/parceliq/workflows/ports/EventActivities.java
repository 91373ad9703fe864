package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** Records domain events, once per fact. */
@ActivityInterface
public interface EventActivities {

  /**
   * Records {@code event} and returns its id ({@code evt_...}). When its fact is already recorded
   * (a retry, a replay), records nothing and returns the first id: the first data stands.
   */
  String emit(DomainEvent event);
}
