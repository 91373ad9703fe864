package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierDescriptor;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every carrier call goes through here: a SmallRye Fault Tolerance timeout (the carrier's call
 * timeout) and a circuit breaker per carrier, and metrics per carrier and operation. The breaker
 * counts only failures retrying could cure (outages, timeouts, throttling), never refusals; once
 * open it fails calls at once as UNAVAILABLE, a retryable failure, so Temporal backs off instead of
 * piling requests on a carrier that is down, and half-opens after {@link #OPEN_FOR}.
 *
 * <p>Metrics: {@code parceliq_carrier_calls_total{carrier,operation,outcome}} (outcome {@code ok}
 * or the error kind), {@code parceliq_carrier_call_seconds{carrier,operation}} and {@code
 * parceliq_carrier_circuit_state{carrier}} (0 closed, 1 half-open, 2 open).
 */
@ApplicationScoped
public class CarrierCalls {

  static final Duration OPEN_FOR = Duration.ofSeconds(5);
  private static final int WINDOW = 20;
  private static final double FAILURE_RATIO = 0.5;

  /** Enough for a p95 per carrier on the dashboard, few enough per carrier and operation. */
  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  private final CarrierPluginRegistry registry;
  private final MeterRegistry meters;
  private final Map<String, Guard> guards = new ConcurrentHashMap<>();

  /**
   * The workers' Prometheus registry; the activities module's own Quarkus tests run without the
   * metrics extension, and count into a registry nobody scrapes.
   */
  @Inject
  public CarrierCalls(CarrierPluginRegistry registry, Instance<MeterRegistry> meters) {
    this(registry, meters.isResolvable() ? meters.get() : new SimpleMeterRegistry());
  }

  CarrierCalls(CarrierPluginRegistry registry, MeterRegistry meters) {
    this.registry = registry;
    this.meters = meters;
  }

  /** Runs {@code call} against {@code carrier}; every failure leaves as a CarrierException. */
  public <T> T call(String carrier, String operation, Supplier<T> call) {
    Timer.Sample started = Timer.start(meters);
    String outcome = "ok";
    try {
      @SuppressWarnings("unchecked")
      T result = (T) guard(carrier).get(() -> (Object) call.get(), Object.class);
      return result;
    } catch (CircuitBreakerOpenException e) {
      outcome = "circuit_open";
      throw new CarrierException(
          carrier,
          CarrierErrorKind.UNAVAILABLE,
          carrier + " is failing: calls are paused for " + OPEN_FOR.toSeconds() + " s",
          e);
    } catch (TimeoutException e) {
      outcome = CarrierErrorKind.TIMEOUT.name().toLowerCase(java.util.Locale.ROOT);
      throw new CarrierException(
          carrier, CarrierErrorKind.TIMEOUT, carrier + " did not answer in time", e);
    } catch (CarrierException e) {
      outcome = e.kind().name().toLowerCase(java.util.Locale.ROOT);
      throw e;
    } finally {
      meters
          .counter(
              "parceliq.carrier.calls",
              "carrier",
              carrier,
              "operation",
              operation,
              "outcome",
              outcome)
          .increment();
      started.stop(
          Timer.builder("parceliq.carrier.call")
              .tag("carrier", carrier)
              .tag("operation", operation)
              .serviceLevelObjectives(LATENCY_BUCKETS)
              .register(meters));
    }
  }

  private Guard guard(String carrier) {
    return guards.computeIfAbsent(carrier, this::newGuard);
  }

  private Guard newGuard(String carrier) {
    Duration timeout =
        registry
            .descriptor(carrier)
            .map(CarrierDescriptor::limits)
            .map(limits -> limits.callTimeout())
            .orElse(Duration.ofSeconds(30));
    AtomicInteger state =
        meters.gauge(
            "parceliq.carrier.circuit.state",
            io.micrometer.core.instrument.Tags.of("carrier", carrier),
            new AtomicInteger(0));
    return Guard.create()
        .withDescription("carrier " + carrier)
        .withTimeout()
        .duration(timeout.toMillis(), ChronoUnit.MILLIS)
        .done()
        .withCircuitBreaker()
        .requestVolumeThreshold(WINDOW)
        .failureRatio(FAILURE_RATIO)
        .delay(OPEN_FOR.toMillis(), ChronoUnit.MILLIS)
        .successThreshold(2)
        .when(CarrierCalls::countsAgainstTheCarrier)
        .onStateChange(changed -> state.set(gaugeValue(changed)))
        .done()
        .build();
  }

  private static boolean countsAgainstTheCarrier(Throwable failure) {
    return failure instanceof TimeoutException
        || (failure instanceof CarrierException error && error.retryable());
  }

  private static int gaugeValue(CircuitBreakerState state) {
    return switch (state) {
      case CLOSED -> 0;
      case HALF_OPEN -> 1;
      case OPEN -> 2;
    };
  }
}
