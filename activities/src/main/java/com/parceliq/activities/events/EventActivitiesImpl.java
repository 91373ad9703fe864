package com.parceliq.activities.events;

import com.parceliq.activities.webhooks.WebhookFanOut;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.EventType;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Records domain events once per fact (see {@link EventRecorder}) and sends each to the tenant's
 * webhook endpoints. The fan-out runs after the event's transaction commits, and also when the fact
 * was already recorded: a retry after a crash between the two then still makes the deliveries,
 * which exist once per endpoint and event however often this runs.
 */
@ApplicationScoped
public class EventActivitiesImpl implements EventActivities {

  private static final Logger LOG = Logger.getLogger(EventActivitiesImpl.class);

  @Inject EventRecorder recorder;
  @Inject WebhookFanOut webhooks;
  @Inject TransactionSynchronizationRegistry transactions;

  @Override
  public String emit(DomainEvent event) {
    requireValid(event);
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      return emitWithin(event);
    }
    String eventId = recorder.record(event);
    webhooks.deliver(event.tenantId(), eventId);
    return eventId;
  }

  /**
   * Called from another step's transaction (a batch's state change and its event commit together):
   * the event joins it, and the fan-out waits for its commit, on a thread of its own because the
   * committing thread is still bound to the finished transaction.
   */
  private String emitWithin(DomainEvent event) {
    String eventId = recorder.record(event);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              Thread.ofVirtual()
                  .name("webhook-fan-out")
                  .start(() -> fanOutAfterCommit(event.tenantId(), eventId));
            }
          }
        });
    return eventId;
  }

  private void fanOutAfterCommit(String tenantId, String eventId) {
    try {
      webhooks.deliver(tenantId, eventId);
    } catch (RuntimeException e) {
      LOG.errorf(e, "webhook fan-out of event %s failed after its commit", eventId);
    }
  }

  /** A malformed event is a bug in the emitting workflow: retrying cannot fix it. */
  private static void requireValid(DomainEvent event) {
    if (event == null
        || isBlank(event.tenantId())
        || isBlank(event.factKey())
        || EventType.fromWireName(event.type()).isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "an event needs a tenant, a fact key and a known type, got " + event,
          ErrorCode.INTERNAL.code());
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
