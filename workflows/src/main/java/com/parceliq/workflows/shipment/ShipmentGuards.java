package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.support.Refusals;
import java.util.Optional;

/**
 * The transition rules, used by the update validators (a refusal there never reaches history) and
 * again at the start of each handler: two updates accepted in the same workflow task are both
 * validated before either handler runs, so only the handler's check sees the first one start.
 */
final class ShipmentGuards {

  private ShipmentGuards() {}

  static void requireRateable(ShipmentState state) {
    requireIdle(state);
    if (state.status() != ShipmentStatus.CREATED && state.status() != ShipmentStatus.RATED) {
      throw invalidState(
          "shipment is "
              + state.status().wireName()
              + "; only created or rated shipments can be"
              + " rated");
    }
  }

  /**
   * Whether {@code request} may buy: the rate it names, or empty when it repeats the purchase that
   * already succeeded with the same idempotency key (the handler answers it from state). A key
   * whose purchase failed gets the same failure again: its ledger keys are spent.
   */
  static Optional<RateQuote> requireBuyable(ShipmentState state, BuyLabel request, long nowMillis) {
    if (request == null || isBlank(request.rateId()) || isBlank(request.idempotencyKey())) {
      throw Refusals.refuse(
          ErrorCode.REQUEST_INVALID, "a buy needs a rate_id and an idempotency key");
    }
    state
        .failedPurchase(request.idempotencyKey())
        .ifPresent(
            failed -> {
              throw Refusals.refuse(
                  ErrorCode.fromCode(failed.code()).orElse(ErrorCode.INTERNAL), failed.message());
            });
    if (state.isPurchasedWith(request.idempotencyKey())) {
      return Optional.empty();
    }
    requireIdle(state);
    if (state.status() != ShipmentStatus.RATED) {
      throw invalidState(
          "shipment is " + state.status().wireName() + "; only rated shipments can be bought");
    }
    RateQuote quote =
        state
            .quote(request.rateId())
            .orElseThrow(
                () ->
                    Refusals.refuse(
                        ErrorCode.RATE_NOT_FOUND,
                        "rate " + request.rateId() + " is not a current rate of this shipment"));
    if (quote.expiresAt() != null && nowMillis > quote.expiresAt().toEpochMilli()) {
      throw Refusals.refuse(
          ErrorCode.RATE_EXPIRED,
          "rate " + quote.rateId() + " expired at " + quote.expiresAt() + "; rate again");
    }
    return Optional.of(quote);
  }

  /**
   * Whether the label may be voided: true to void it, false when a void already has the carrier's
   * answer (submitted, refunded or rejected), which a repeated void reports unchanged. Only a
   * {@code purchased} label can be voided; later states get their own carrier rules.
   */
  static boolean requireVoidable(ShipmentState state, VoidLabel request) {
    if (request == null || isBlank(request.idempotencyKey())) {
      throw Refusals.refuse(ErrorCode.REQUEST_INVALID, "a void needs an idempotency key");
    }
    if (state.refundStatus() != null) {
      return false;
    }
    requireIdle(state);
    if (state.status() != ShipmentStatus.PURCHASED) {
      throw invalidState(
          "shipment is " + state.status().wireName() + "; only purchased shipments can be voided");
    }
    return true;
  }

  /**
   * Whether {@code request} may reroute: true to reroute, false when it repeats a reroute that
   * succeeded with the same idempotency key (answered from state). A key the carrier refused gets
   * the same refusal again. Only a parcel on its way ({@code purchased} or {@code in_transit}) can
   * be intercepted.
   */
  static boolean requireReroutable(ShipmentState state, RerouteShipment request) {
    if (request == null || request.toAddress() == null || isBlank(request.idempotencyKey())) {
      throw Refusals.refuse(
          ErrorCode.REQUEST_INVALID, "a reroute needs a to_address and an idempotency key");
    }
    state
        .failedReroute(request.idempotencyKey())
        .ifPresent(
            refused -> {
              throw Refusals.refuse(
                  ErrorCode.fromCode(refused.code()).orElse(ErrorCode.INTERNAL), refused.message());
            });
    if (state.isReroutedWith(request.idempotencyKey())) {
      return false;
    }
    requireIdle(state);
    if (state.status() != ShipmentStatus.PURCHASED && state.status() != ShipmentStatus.IN_TRANSIT) {
      throw invalidState(
          "shipment is "
              + state.status().wireName()
              + "; only purchased or in_transit shipments can be rerouted");
    }
    return true;
  }

  private static void requireIdle(ShipmentState state) {
    if (state.needsAttention()) {
      throw invalidState("shipment is waiting for an operator decision");
    }
    if (state.isBusy()) {
      throw invalidState(
          "another operation ("
              + state.operationInProgress()
              + ") is in progress on this"
              + " shipment");
    }
  }

  private static RuntimeException invalidState(String message) {
    return Refusals.refuse(ErrorCode.SHIPMENT_INVALID_STATE, message);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
