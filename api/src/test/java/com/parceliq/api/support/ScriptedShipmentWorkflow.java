package com.parceliq.api.support;

import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.shipment.BuyLabel;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.ShipmentSnapshot;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the real shipment workflow, to exercise the API's Temporal calls on the in-memory
 * test server: it offers one rate ({@link #RATE_ID}), refuses others in the buy validator the way
 * the real one does, fails the purchase of {@link #BROKE_RATE_ID} for want of funds, and counts
 * purchases. It is a dynamic proxy so that handlers the API never calls (signals added later) need
 * no code here.
 */
public final class ScriptedShipmentWorkflow implements InvocationHandler {

  public static final String RATE_ID = "rate_1";

  /** A rate the validator accepts but whose purchase the wallet cannot pay. */
  public static final String BROKE_RATE_ID = "rate_broke";

  /**
   * A rate whose purchase runs until an operator decision arrives, to outlast the API's wait the
   * way a carrier that keeps timing out does.
   */
  public static final String SLOW_RATE_ID = "rate_slow";

  public static final AtomicInteger PURCHASES = new AtomicInteger();

  private NewShipment shipment;
  private String status = "created";
  private String selectedRateId;
  private boolean released;

  public static ShipmentWorkflow create() {
    return (ShipmentWorkflow)
        Proxy.newProxyInstance(
            ShipmentWorkflow.class.getClassLoader(),
            new Class<?>[] {ShipmentWorkflow.class},
            new ScriptedShipmentWorkflow());
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "run" -> {
        shipment = (NewShipment) args[0];
        Workflow.await(() -> false);
        yield null;
      }
      case "created" -> {
        Workflow.await(() -> shipment != null);
        yield snapshot();
      }
      case "rate" -> {
        status = "rated";
        yield List.of(
            new RateQuote(
                RATE_ID,
                "sandbox",
                null,
                "ground",
                Money.usd("7.50"),
                3,
                Instant.parse("2030-01-01T00:00:00Z")));
      }
      case "validateBuy" -> {
        BuyLabel request = (BuyLabel) args[0];
        if (!List.of(RATE_ID, BROKE_RATE_ID, SLOW_RATE_ID).contains(request.rateId())) {
          // As the real validators do: SDK 1.38 drops the type of an ApplicationFailure thrown
          // directly by a validator, but keeps it as the cause of another exception.
          String message = "No rate " + request.rateId() + " on this shipment.";
          throw new IllegalArgumentException(
              message, ApplicationFailure.newNonRetryableFailure(message, "RATE.NOT_FOUND"));
        }
        yield null;
      }
      case "buy" -> {
        if (BROKE_RATE_ID.equals(((BuyLabel) args[0]).rateId())) {
          throw ApplicationFailure.newNonRetryableFailure(
              "The wallet holds 1.00 USD; the label costs 7.50 USD.", "WALLET.INSUFFICIENT_FUNDS");
        }
        if (SLOW_RATE_ID.equals(((BuyLabel) args[0]).rateId())) {
          Workflow.await(() -> released);
        }
        PURCHASES.incrementAndGet();
        status = "purchased";
        selectedRateId = ((BuyLabel) args[0]).rateId();
        yield snapshot();
      }
      case "operatorDecision" -> {
        released = true;
        yield null;
      }
      case "snapshot" -> snapshot();
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      case "toString" -> "ScriptedShipmentWorkflow";
      default -> null;
    };
  }

  private ShipmentSnapshot snapshot() {
    return new ShipmentSnapshot(
        shipment.tenantId(),
        shipment.shipmentId(),
        status,
        selectedRateId,
        null,
        null,
        null,
        false,
        null,
        null,
        null);
  }
}
