package com.parceliq.workflows.pickup;

import com.parceliq.domain.PickupStatus;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.ScheduledPickup;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;

/**
 * The pickup entity workflow: quotes the carrier's pickup services and records the pickup, then
 * serves buy and cancel updates one at a time. It ends on a cancel, or {@link #AFTER_WINDOW} after
 * the window closed (nothing can be done to a pickup then; its read-model row stays).
 */
public class PickupWorkflowImpl implements PickupWorkflow {

  static final Duration AFTER_WINDOW = Duration.ofDays(1);

  private static final Logger log = Workflow.getLogger(PickupWorkflowImpl.class);

  private final PickupState state;
  private final PickupActivities activities;

  /** State exists before any handler runs, even for an update that arrives with the start. */
  @WorkflowInit
  public PickupWorkflowImpl(NewPickup pickup) {
    this.state = new PickupState(pickup);
    this.activities = new PickupActivities(pickup.labelCarrier());
  }

  @Override
  public void run(NewPickup pickup) {
    Workflow.upsertTypedSearchAttributes(SearchAttributes.TENANT_ID.valueSet(pickup.tenantId()));
    try {
      List<PickupQuote> rates = activities.carrierRating().quotePickup(state.ask());
      activities.records().recordPickupCreated(pickup, rates);
      state.recorded(rates);
    } catch (TemporalFailure failure) {
      // No pickup without rates: the caller hears why, and nothing was recorded.
      state.creationFailed(Refusals.from(failure));
      Workflow.await(Workflow::isEveryHandlerFinished);
      return;
    }
    long closeAt = pickup.maxDatetime().toEpochMilli() + AFTER_WINDOW.toMillis();
    Duration untilClose = Duration.ofMillis(Math.max(0, closeAt - Workflow.currentTimeMillis()));
    Workflow.await(untilClose, () -> state.status() == PickupStatus.CANCELED);
    // Never end under a running handler: its caller would get "workflow completed" instead.
    Workflow.await(() -> state.busyWith().isEmpty() && Workflow.isEveryHandlerFinished());
    log.info("pickup {} done as {}", state.pickupId(), state.status().wireName());
  }

  @Override
  public PickupSnapshot created() {
    Workflow.await(state::isCreationSettled);
    if (state.creationFailure().isPresent()) {
      throw state.creationFailure().get();
    }
    return state.snapshot();
  }

  @Override
  public void validateBuy(BuyPickup request) {
    PickupGuards.requireBuyable(state, request, Workflow.currentTimeMillis());
  }

  @Override
  public PickupSnapshot buy(BuyPickup request) {
    PickupQuote quote = PickupGuards.requireBuyable(state, request, Workflow.currentTimeMillis());
    state.begin("bought");
    try {
      ScheduledPickup scheduled =
          new PickupPurchase(activities, state).run(quote, request.idempotencyKey());
      state.scheduled(quote, scheduled);
      activities
          .records()
          .recordPickupScheduled(state.tenantId(), state.pickupId(), quote, scheduled);
      new PickupEvents(activities, state).scheduled();
      return state.snapshot();
    } finally {
      state.end();
    }
  }

  @Override
  public void validateCancel(CancelPickup request) {
    PickupGuards.requireCancelable(state);
  }

  @Override
  public PickupSnapshot cancel(CancelPickup request) {
    PickupGuards.requireCancelable(state);
    state.begin("canceled");
    try {
      new PickupCancellation(activities, state).cancel(request.idempotencyKey());
      return state.snapshot();
    } catch (TemporalFailure failure) {
      throw Refusals.from(failure);
    } finally {
      state.end();
    }
  }

  @Override
  public PickupSnapshot snapshot() {
    return state.snapshot();
  }
}
