package com.parceliq.workflows.pickup;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.PickupStatus;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.support.Refusals;

/**
 * Which operations the pickup accepts now. Validators and handlers both call these: validators to
 * refuse before history, handlers again because another update may have run in between.
 */
final class PickupGuards {

  private PickupGuards() {}

  /** The rate to buy; refuses a pickup not open for buying or a rate it was not offered. */
  static PickupQuote requireBuyable(PickupState state, BuyPickup request, long nowMillis) {
    requireIdle(state, "bought");
    if (state.status() != PickupStatus.UNKNOWN) {
      throw Refusals.refuse(
          ErrorCode.PICKUP_INVALID_STATE,
          "Pickup "
              + state.pickupId()
              + " is "
              + state.status().wireName()
              + "; only a pickup"
              + " not yet bought can be bought.");
    }
    if (nowMillis >= state.pickup().maxDatetime().toEpochMilli()) {
      throw Refusals.refuse(
          ErrorCode.PICKUP_INVALID_STATE,
          "The window of pickup " + state.pickupId() + " has passed; create a new pickup.");
    }
    return state
        .rate(request.carrier(), request.service())
        .orElseThrow(
            () ->
                Refusals.refuse(
                    ErrorCode.RATE_NOT_FOUND,
                    "Pickup "
                        + state.pickupId()
                        + " has no rate for carrier "
                        + request.carrier()
                        + " and service "
                        + request.service()
                        + "."));
  }

  static void requireCancelable(PickupState state) {
    requireIdle(state, "canceled");
    if (state.status() == PickupStatus.CANCELED) {
      throw Refusals.refuse(
          ErrorCode.PICKUP_INVALID_STATE, "Pickup " + state.pickupId() + " is already canceled.");
    }
  }

  private static void requireIdle(PickupState state, String verb) {
    if (!state.isRecorded()) {
      throw Refusals.refuse(
          ErrorCode.PICKUP_INVALID_STATE,
          "Pickup " + state.pickupId() + " is still being created; it cannot be " + verb + ".");
    }
    state
        .busyWith()
        .ifPresent(
            operation -> {
              throw Refusals.refuse(
                  ErrorCode.PICKUP_INVALID_STATE,
                  "Pickup " + state.pickupId() + " is being " + operation + "; try again later.");
            });
  }
}
