package com.parceliq.workflows.shipment;

import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * The shipment entity workflow: records the shipment, then serves rate, buy, void and reroute
 * updates one at a time until the shipment reaches a final state or sits idle for {@link
 * #IDLE_LIMIT}; a voided label's pending refund is followed up before the workflow ends.
 */
public class ShipmentWorkflowImpl implements ShipmentWorkflow {

  /** A shipment nobody touched for this long is done; its read-model row stays. */
  static final Duration IDLE_LIMIT = Duration.ofDays(180);

  private static final Logger log = Workflow.getLogger(ShipmentWorkflowImpl.class);

  private final ShipmentState state;
  private final ShipmentActivities activities = new ShipmentActivities();
  private final OperatorDesk operatorDesk;
  private final ShipmentTracking tracking;

  /** State exists before any handler runs, even for an update that arrives with the start. */
  @WorkflowInit
  public ShipmentWorkflowImpl(NewShipment shipment) {
    this.state = new ShipmentState(shipment);
    this.operatorDesk = new OperatorDesk(state, activities.records());
    this.tracking = new ShipmentTracking(activities, state);
  }

  @Override
  public void run(NewShipment shipment) {
    ShipmentSearch.created(shipment);
    activities.records().recordCreated(shipment);
    // Before the API hears the shipment exists, so its creation event is there to list.
    new ShipmentEvents(activities, state).created();
    state.markRecorded(Workflow.currentTimeMillis());

    awaitFinalStateOrIdleLimit();
    new LabelVoiding(activities, state).followPendingRefund();
    // Never end under a running handler: its caller would get "workflow completed" instead.
    Workflow.await(Workflow::isEveryHandlerFinished);
    log.info("shipment {} done as {}", state.shipmentId(), state.status().wireName());
  }

  @Override
  public ShipmentSnapshot created() {
    Workflow.await(state::isRecorded);
    return state.snapshot();
  }

  @Override
  public void validateRate() {
    ShipmentGuards.requireRateable(state);
  }

  @Override
  public List<RateQuote> rate() {
    Workflow.await(state::isRecorded);
    ShipmentGuards.requireRateable(state);
    state.begin("rate", Workflow.currentTimeMillis());
    try {
      RateShopping.Result rating = RateShopping.quote(activities, state.shipment());
      List<RateQuote> quotes = rating.quotes();
      activities
          .records()
          .recordRates(state.tenantId(), state.shipmentId(), quotes, rating.messages());
      state.rated(quotes);
      ShipmentSearch.status(ShipmentStatus.RATED);
      return quotes;
    } finally {
      state.end(Workflow.currentTimeMillis());
    }
  }

  @Override
  public void validateBuy(BuyLabel request) {
    ShipmentGuards.requireBuyable(state, request, Workflow.currentTimeMillis());
  }

  @Override
  public ShipmentSnapshot buy(BuyLabel request) {
    Optional<RateQuote> quote =
        ShipmentGuards.requireBuyable(state, request, Workflow.currentTimeMillis());
    if (quote.isEmpty()) {
      return state.snapshot();
    }
    state.begin("buy", Workflow.currentTimeMillis());
    ShipmentSearch.buying(quote.get().carrier());
    try {
      Purchase purchase =
          new PurchaseSaga(activities, state, operatorDesk, request.carrierAttemptsOrDefault())
              .run(quote.get(), request.idempotencyKey());
      state.purchased(quote.get(), purchase.label(), request.idempotencyKey());
      ShipmentSearch.purchased(purchase.label().carrier(), purchase.label().trackingCode());
      new ShipmentEvents(activities, state).purchased();
      return state.snapshot();
    } catch (ApplicationFailure refusal) {
      rememberFailedPurchase(request, refusal);
      throw refusal;
    } finally {
      state.end(Workflow.currentTimeMillis());
    }
  }

  @Override
  public void validateVoidLabel(VoidLabel request) {
    ShipmentGuards.requireVoidable(state, request);
  }

  @Override
  public ShipmentSnapshot voidLabel(VoidLabel request) {
    if (!ShipmentGuards.requireVoidable(state, request)) {
      return state.snapshot();
    }
    state.begin("void", Workflow.currentTimeMillis());
    try {
      new LabelVoiding(activities, state).voidLabel(request.idempotencyKey());
      return state.snapshot();
    } finally {
      state.end(Workflow.currentTimeMillis());
    }
  }

  @Override
  public void validateReroute(RerouteShipment request) {
    ShipmentGuards.requireReroutable(state, request);
  }

  @Override
  public ShipmentSnapshot reroute(RerouteShipment request) {
    if (!ShipmentGuards.requireReroutable(state, request)) {
      return state.snapshot();
    }
    state.begin("reroute", Workflow.currentTimeMillis());
    try {
      new Rerouting(activities, state).reroute(request);
      return state.snapshot();
    } finally {
      state.end(Workflow.currentTimeMillis());
    }
  }

  @Override
  public ShipmentSnapshot snapshot() {
    return state.snapshot();
  }

  @Override
  public void operatorDecision(OperatorDecision decision) {
    operatorDesk.receive(decision);
  }

  @Override
  public void trackingUpdate(TrackingUpdate update) {
    tracking.receive(update);
  }

  private void rememberFailedPurchase(BuyLabel request, ApplicationFailure refusal) {
    ApplicationFailure normalized = Refusals.from(refusal);
    state.purchaseFailed(
        request.idempotencyKey(), normalized.getType(), normalized.getOriginalMessage());
    activities
        .records()
        .recordStatus(
            state.tenantId(),
            state.shipmentId(),
            state.status().wireName(),
            state.needsAttention(),
            normalized.getType(),
            normalized.getOriginalMessage());
  }

  /**
   * One timer at a time: when it fires, the shipment either has been idle for the whole limit or
   * waits out the rest of it from its last operation (a timer per operation would pile up).
   * Tracking updates are applied here, between operations; a delivered shipment waits out its grace
   * period and completes.
   */
  private void awaitFinalStateOrIdleLimit() {
    while (!isDone()) {
      if (tracking.hasWork()) {
        tracking.applyQueued();
        continue;
      }
      if (state.status() == ShipmentStatus.DELIVERED) {
        completeAfterGrace();
        continue;
      }
      Duration idle = Duration.ofMillis(Workflow.currentTimeMillis() - state.lastActivityMillis());
      if (!state.isBusy() && idle.compareTo(IDLE_LIMIT) >= 0) {
        log.info("shipment {} idle for {}, closing", state.shipmentId(), idle);
        return;
      }
      Duration wait = state.isBusy() ? IDLE_LIMIT : IDLE_LIMIT.minus(idle);
      Workflow.await(wait, () -> isDone() || wakesUp());
    }
  }

  /** Delivered is final for archival, but the workflow stays for the grace period. */
  private boolean isDone() {
    return state.status().isFinal() && state.status() != ShipmentStatus.DELIVERED;
  }

  private boolean wakesUp() {
    return tracking.hasWork() || state.status() == ShipmentStatus.DELIVERED;
  }

  /**
   * Late scans still reach the tracker during the grace period (counted from delivery); then the
   * shipment is completed.
   */
  private void completeAfterGrace() {
    Duration grace = state.shipment().completionGraceOrDefault();
    long completeAt = state.deliveredAtMillis() + grace.toMillis();
    long now = Workflow.currentTimeMillis();
    if (now < completeAt
        && Workflow.await(Duration.ofMillis(completeAt - now), tracking::hasWork)) {
      return;
    }
    state.completed(Workflow.currentTimeMillis());
    activities
        .records()
        .recordStatus(
            state.tenantId(),
            state.shipmentId(),
            ShipmentStatus.COMPLETED.wireName(),
            state.needsAttention(),
            null,
            null);
    ShipmentSearch.status(ShipmentStatus.COMPLETED);
    log.info("shipment {} completed {} after delivery", state.shipmentId(), grace);
  }
}
