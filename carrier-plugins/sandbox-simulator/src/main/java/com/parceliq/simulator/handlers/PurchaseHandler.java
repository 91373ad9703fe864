package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.LabelStore;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.tracking.TrackingTimeline;
import com.parceliq.simulator.triggers.Triggers;
import com.parceliq.simulator.views.ShipmentView;
import com.parceliq.simulator.webhook.WebhookPusher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/shipments}: buys a label. The {@code Idempotency-Key} header makes it safe to
 * retry: the same key answers the same label (200, {@code Idempotent-Replayed: true}) and never
 * creates a second one.
 *
 * <p>Calls are counted per key (or per body without one): calls 1..E answer 503 for {@code
 * sbx:error=E}, the next T calls time out for {@code sbx:timeout=T}. A timed-out call still buys
 * the label and answers only after {@code hang}, longer than any client waits: the classic "the
 * carrier did it but the answer was lost", which only an idempotent retry survives.
 */
public final class PurchaseHandler implements ApiHandler {

  private static final Duration FIRST_SCAN_PUSH_DELAY = Duration.ofSeconds(1);

  private final SimulatorState state;
  private final WebhookPusher pusher;
  private final Duration hang;

  public PurchaseHandler(SimulatorState state, WebhookPusher pusher, Duration hang) {
    this.state = state;
    this.pusher = pusher;
    this.hang = hang;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    ValidPurchase purchase = ValidPurchase.of(request);
    Triggers triggers = purchase.triggers();
    Optional<String> key = request.header("Idempotency-Key");
    int attempt = state.purchaseAttempts().next(attemptKey(key, request.body()));
    if (attempt <= triggers.errorCalls()) {
      throw ApiException.unavailable("carrier temporarily unavailable, try again");
    }
    boolean timesOut = attempt <= triggers.errorCalls() + triggers.timeoutCalls();
    if (triggers.reject()) {
      hangIf(timesOut);
      throw new ApiException(
          422,
          "invalid_address",
          "the carrier cannot deliver to this address",
          List.of(new FieldError("to_address.street1", "address not found")));
    }
    LabelStore.Creation creation =
        state.labels().purchase(key, new LabelFactory(purchase, state.now()));
    if (creation.created()) {
      announceTracking(creation.label());
    }
    hangIf(timesOut);
    ApiResponse response =
        ApiResponse.json(
            creation.created() ? 201 : 200, ShipmentView.of(creation.label(), state.now()));
    return creation.created() ? response : response.withHeader("Idempotent-Replayed", "true");
  }

  /**
   * With sbx:deliver the parcel moves at once and is delivered later: push both moments. The first
   * push waits a moment, like a carrier's first scan, so it reaches a receiver that has recorded
   * the label this call returns (an immediate push would race the purchase's own bookkeeping). The
   * later push shows the timeline as of the delivery instant, since the scheduler's clock and the
   * simulator's may disagree by a millisecond.
   */
  private void announceTracking(LabelRecord label) {
    label
        .deliveryAt()
        .ifPresent(
            deliveryAt -> {
              Duration untilDelivery = Duration.between(state.now(), deliveryAt);
              Duration firstScan =
                  untilDelivery.dividedBy(2).compareTo(FIRST_SCAN_PUSH_DELAY) < 0
                      ? untilDelivery.dividedBy(2)
                      : FIRST_SCAN_PUSH_DELAY;
              pusher.pushLater(
                  firstScan,
                  () ->
                      Optional.of(label)
                          .filter(state.labels()::holds)
                          .map(l -> TrackingTimeline.view(l, state.now())));
              pusher.pushLater(
                  untilDelivery,
                  () ->
                      Optional.of(label)
                          .filter(state.labels()::holds)
                          .filter(l -> l.deliveredBy(deliveryAt))
                          .map(l -> TrackingTimeline.view(l, latest(deliveryAt))));
            });
  }

  private Instant latest(Instant instant) {
    Instant now = state.now();
    return now.isAfter(instant) ? now : instant;
  }

  private void hangIf(boolean timesOut) throws ApiException {
    if (!timesOut) {
      return;
    }
    try {
      Thread.sleep(hang);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("simulator is shutting down");
    }
  }

  private static String attemptKey(Optional<String> key, byte[] body) {
    return key.map(k -> "key:" + k).orElseGet(() -> "body:" + sha256(body));
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK ships SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
