package com.parceliq.activities.carrier;

import com.parceliq.activities.carrier.CarrierAccountPlugins.Use;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.PickupCancelRequest;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.workflows.ports.PickupAsk;
import com.parceliq.workflows.ports.PickupCancel;
import com.parceliq.workflows.ports.PickupCarrierActivities;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.ScheduledPickup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pickup calls through the carrier's plugin, on the account its labels were bought with; runs on
 * the carrier's own task queue, through {@link CarrierCalls} like every other carrier call.
 */
@ApplicationScoped
public class PickupCarrierActivitiesImpl implements PickupCarrierActivities {

  private final CarrierAccountPlugins plugins;
  private final CarrierCalls calls;

  @Inject
  public PickupCarrierActivitiesImpl(CarrierAccountPlugins plugins, CarrierCalls calls) {
    this.plugins = plugins;
    this.calls = calls;
  }

  @Override
  public List<PickupQuote> quotePickup(PickupAsk ask) {
    CarrierPlugin plugin = plugin(ask.tenantId(), ask.carrier(), ask.carrierAccountId());
    return call(ask.carrier(), "rate_pickup", () -> plugin.ratePickup(request(ask, null, null)))
        .stream()
        .map(
            rate ->
                new PickupQuote(
                    Ids.newId(IdPrefix.RATE), ask.carrier(), rate.service(), rate.fee()))
        .toList();
  }

  @Override
  public ScheduledPickup schedulePickup(PickupAsk ask, String service, String idempotencyKey) {
    CarrierPlugin plugin = plugin(ask.tenantId(), ask.carrier(), ask.carrierAccountId());
    PickupConfirmation confirmation =
        call(
            ask.carrier(),
            "schedule_pickup",
            () -> plugin.schedulePickup(request(ask, service, idempotencyKey)));
    return new ScheduledPickup(confirmation.confirmation(), confirmation.fee());
  }

  @Override
  public void cancelPickup(PickupCancel cancel) {
    CarrierPlugin plugin = plugin(cancel.tenantId(), cancel.carrier(), cancel.carrierAccountId());
    call(
        cancel.carrier(),
        "cancel_pickup",
        () -> {
          plugin.cancelPickup(
              new PickupCancelRequest(cancel.idempotencyKey(), cancel.confirmation()));
          return null;
        });
  }

  /** The labels are already bought, so an account deleted since still serves their pickup. */
  private CarrierPlugin plugin(String tenantId, String carrier, String accountId) {
    return plugins.plugin(tenantId, carrier, accountId, Use.FOLLOW_UP);
  }

  private static PickupRequest request(PickupAsk ask, String service, String idempotencyKey) {
    return new PickupRequest(
        idempotencyKey,
        ask.address(),
        ask.windowStart().toString(),
        ask.windowEnd().toString(),
        ask.trackingCodes(),
        ask.instructions(),
        service);
  }

  private <T> T call(String carrier, String operation, Supplier<T> carrierCall) {
    try {
      return calls.call(carrier, operation, carrierCall);
    } catch (CarrierException e) {
      throw CarrierFailureMapper.toFailure(e);
    }
  }
}
