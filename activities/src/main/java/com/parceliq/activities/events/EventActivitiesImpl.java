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
      // Its fan-out would have to wait for a commit that this activity cannot see happen.
      throw new IllegalStateException(
          "emit " + event.type() + " after the transaction of its state change commits");
    }
    String eventId = recorder.record(event);
    // A line per fact, carrying the ids of the request and execution that caused it (MDC).
    LOG.infof("event %s %s recorded", eventId, event.type());
    webhooks.deliver(event.tenantId(), eventId);
    return eventId;
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
