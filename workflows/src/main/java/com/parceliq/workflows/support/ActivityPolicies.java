package com.parceliq.workflows.support;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retries of every activity the workflows call, in one place so they can be reviewed
 * together. Writes to our own stores retry until they succeed (they are idempotent and an outage
 * ends); carrier calls are bounded because a carrier that keeps failing needs a person to look.
 */
public final class ActivityPolicies {

  /**
   * Carrier purchase attempts before the shipment parks for an operator, unless the purchase asks
   * for another number. With the backoff below (1 s doubling, at most 30 s apart) the attempts
   * start at about 0, 1, 3, 7, 15, 31, 61 and 91 s, so a carrier outage of a minute and a half is
   * ridden out without a person. Five attempts (the last at 15 s) parked every purchase of a 30 s
   * outage, which a carrier's brief blip should not.
   */
  public static final int CARRIER_PURCHASE_ATTEMPTS = 8;

  /** Rating is interactive (the API waits), so it gives up sooner than a purchase. */
  public static final int CARRIER_RATING_ATTEMPTS = 3;

  /** Manifest attempts: about 0, 1, 3, 7 and 15 s, within a caller's retry of the request. */
  public static final int CARRIER_MANIFEST_ATTEMPTS = 5;

  private static final Duration CARRIER_CALL = Duration.ofSeconds(30);

  private ActivityPolicies() {}

  /*
   * The shipment workflow runs its own short steps (read model, label file, ledger) as local
   * activities on its worker: each is a few milliseconds of database or storage work, and a
   * regular activity would add two persisted round trips through Temporal per step (see
   * docs/benchmarks/purchase.md). They are idempotent by key, so the at-least-once execution of a
   * local activity after a worker crash is safe. Carrier calls stay regular activities on the
   * carrier's own queue, where their concurrency is bounded per carrier.
   */

  /**
   * Read-model writes, domain events, the carrier directory and the tenant's pricing rules, as
   * local activities of the shipment workflow.
   */
  public static LocalActivityOptions shipmentRecords() {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(15))
        .setRetryOptions(locally(untilDone(Duration.ofMillis(500), Duration.ofSeconds(30))))
        .build();
  }

  /** Label uploads to object storage, local like the records: files take longer than rows. */
  public static LocalActivityOptions labelStorage() {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(locally(untilDone(Duration.ofSeconds(1), Duration.ofMinutes(1))))
        .build();
  }

  /** The shipment's ledger postings (holds, settlements, refunds, fees), run locally. */
  public static LocalActivityOptions shipmentLedger() {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(10))
        .setRetryOptions(locally(ledgerRetries()))
        .build();
  }

  /**
   * Read-model writes and domain events of the pickup workflow, as regular activities on {@code
   * shipping}: pickups are few, and their updates must not run steps before they are accepted.
   */
  public static ActivityOptions pickupRecords() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.SHIPPING)
        .setStartToCloseTimeout(Duration.ofSeconds(15))
        .setRetryOptions(untilDone(Duration.ofMillis(500), Duration.ofSeconds(30)))
        .build();
  }

  /** Ledger postings of the wallet workflows on {@code billing}; a refusal is final. */
  public static ActivityOptions ledger() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.BILLING)
        .setStartToCloseTimeout(Duration.ofSeconds(10))
        .setRetryOptions(ledgerRetries())
        .build();
  }

  /** A refusal (no funds, wrong currency) is final; anything else retries until done. */
  private static RetryOptions ledgerRetries() {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofMillis(500))
        .setBackoffCoefficient(2)
        .setMaximumInterval(Duration.ofSeconds(30))
        .setDoNotRetry(
            ErrorCode.WALLET_INSUFFICIENT_FUNDS.code(),
            ErrorCode.WALLET_CURRENCY_UNSUPPORTED.code())
        .build();
  }

  /** A batch's bookkeeping steps (paging, failing the rest, finishing): database work only. */
  public static ActivityOptions batchSteps() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.BATCHES)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .build();
  }

  /**
   * A batch shipment's rating and purchase, each waiting on the shipment's own workflow. A purchase
   * can park for an operator, so it may wait long; the heartbeat tells a dead worker from a wait.
   * Retries re-attach to the same purchase (keyed), so they retry until done.
   */
  public static ActivityOptions batchPurchases() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.BATCHES)
        .setStartToCloseTimeout(Duration.ofDays(7))
        .setHeartbeatTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .build();
  }

  /**
   * A merge of up to 10,000 labels into one document on the {@code documents} queue: minutes of
   * work that heartbeats per label, so a dead worker is noticed within a minute and the merge
   * starts over on another.
   */
  public static ActivityOptions documentMerge() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.DOCUMENTS)
        .setStartToCloseTimeout(Duration.ofHours(2))
        .setHeartbeatTimeout(Duration.ofMinutes(1))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .build();
  }

  /** Quotes from one carrier on its own queue. */
  public static ActivityOptions carrierRating(String carrier) {
    return carrier(carrier, CARRIER_RATING_ATTEMPTS, Duration.ofSeconds(10));
  }

  /**
   * Address validation is interactive like rating, and shorter: a caller waits for it, so a call
   * that hangs is cut off well before the API's wait ends and a blip is retried quickly.
   */
  public static ActivityOptions carrierAddressValidation(String carrier) {
    return ActivityOptions.newBuilder(
            carrier(carrier, CARRIER_RATING_ATTEMPTS, Duration.ofSeconds(2)))
        .setStartToCloseTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Label purchase on the carrier's queue; the carrier deduplicates by our idempotency key. */
  public static ActivityOptions carrierPurchase(String carrier, int attempts) {
    return carrier(carrier, attempts, Duration.ofSeconds(30));
  }

  /** Voids are compensations: they must eventually happen, so only a carrier refusal stops them. */
  public static ActivityOptions carrierVoid(String carrier) {
    return carrier(carrier, 0, Duration.ofMinutes(5));
  }

  /**
   * Reroutes retry like voids: a call that timed out may have been carried out, and only the
   * carrier's answer to the same key says whether to charge its fee; only a refusal stops it.
   */
  public static ActivityOptions carrierReroute(String carrier) {
    return carrier(carrier, 0, Duration.ofMinutes(5));
  }

  /**
   * A scan form's carrier call. Bounded like a purchase, fewer attempts: the caller waits, and a
   * failed scan form releases its shipments so it can simply be asked for again.
   */
  public static ActivityOptions carrierManifest(String carrier) {
    return carrier(carrier, CARRIER_MANIFEST_ATTEMPTS, Duration.ofSeconds(10));
  }

  /**
   * The scan form workflow's own steps (claim, form upload, records, event) on {@code shipping}:
   * regular activities, since a scan form is made once and its history stays short. Idempotent, so
   * they retry until done.
   */
  public static ActivityOptions scanFormSteps() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.SHIPPING)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofMillis(500), Duration.ofSeconds(30)))
        .build();
  }

  /**
   * A poll of a parcel's tracking: a few quick attempts, then the poller moves on (the next run
   * asks again), so one carrier's outage never holds up the others' shipments.
   */
  public static ActivityOptions carrierTracking(String carrier) {
    return carrier(carrier, CARRIER_RATING_ATTEMPTS, Duration.ofSeconds(5));
  }

  /** The tracking poller's paging and signalling, on {@code shipping}; idempotent. */
  public static ActivityOptions trackingPollSteps() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.SHIPPING)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .build();
  }

  /**
   * One webhook delivery attempt, run locally on the {@code webhooks} worker: connect (5 s) plus
   * response (10 s) timeouts bound it well inside the limit. No retries: the delivery workflow's
   * own backoff schedule is the retry policy, and each of its attempts is recorded.
   */
  public static LocalActivityOptions webhookAttempt() {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
        .build();
  }

  /** A delivery's bookkeeping (the dead letter): database work, retried until done. */
  public static LocalActivityOptions webhookRecords() {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(15))
        .setRetryOptions(locally(untilDone(Duration.ofMillis(500), Duration.ofSeconds(30))))
        .build();
  }

  /**
   * A replay pages events and starts deliveries for minutes at most; the heartbeat tells a dead
   * worker from a long replay, and the retry resumes from the last heartbeat.
   */
  public static ActivityOptions webhookReplay() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.WEBHOOKS)
        .setStartToCloseTimeout(Duration.ofHours(1))
        .setHeartbeatTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .build();
  }

  /** The archival run's bookkeeping (limits, tenants, cutoffs): quick reads, retried until done. */
  public static ActivityOptions archivalSteps() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.ARCHIVAL)
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .build();
  }

  /**
   * One archival page: a few hundred documents read, compressed, uploaded, read back and moved in
   * one transaction, heartbeating each step. The heartbeat tells a dead worker from a slow S3
   * within a minute, and the retry resumes at the step last heartbeated; an S3 or database outage
   * is waited out, never given up on, since nothing is deleted before its copy is verified.
   */
  public static ActivityOptions archivalPages() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.ARCHIVAL)
        .setStartToCloseTimeout(Duration.ofMinutes(15))
        .setHeartbeatTimeout(Duration.ofMinutes(1))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .build();
  }

  /**
   * A reconciliation's bookkeeping (record, limits, report, finish, its event): database and S3
   * work that is idempotent, retried until done.
   */
  public static ActivityOptions reconciliationSteps() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.RECONCILIATION)
        .setStartToCloseTimeout(Duration.ofMinutes(10))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .build();
  }

  /**
   * Parsing a whole invoice file: minutes for a million lines, heartbeating after every committed
   * batch. A worker killed mid-file is noticed within 20 s and the retry resumes from the last
   * heartbeat's offset; an invalid file is final (the run fails, nothing is posted).
   */
  public static ActivityOptions reconciliationParse() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.RECONCILIATION)
        .setStartToCloseTimeout(Duration.ofHours(6))
        .setHeartbeatTimeout(Duration.ofSeconds(20))
        .setRetryOptions(
            RetryOptions.newBuilder(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .setDoNotRetry(ErrorCode.RECONCILIATION_INVALID_FILE.code())
                .build())
        .build();
  }

  /** One page of classification: one transaction of a few thousand labels, retried until done. */
  public static ActivityOptions reconciliationPages() {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.RECONCILIATION)
        .setStartToCloseTimeout(Duration.ofMinutes(5))
        .setRetryOptions(untilDone(Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .build();
  }

  private static ActivityOptions carrier(String carrier, int attempts, Duration maxInterval) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(TaskQueues.carrier(carrier))
        .setStartToCloseTimeout(CARRIER_CALL)
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2)
                .setMaximumInterval(maxInterval)
                .setMaximumAttempts(attempts)
                .setDoNotRetry(
                    ErrorCode.CARRIER_REJECTED.code(),
                    ErrorCode.CARRIER_AUTHENTICATION_FAILED.code(),
                    ErrorCode.CARRIER_UNSUPPORTED.code())
                .build())
        .build();
  }

  /**
   * The SDK does not retry a local activity at all when its policy has no attempt limit and no
   * schedule-to-close timeout (it reads that as "no retry policy"), so local steps that must retry
   * until done say so with an attempt limit nobody reaches.
   */
  private static RetryOptions locally(RetryOptions untilDone) {
    return RetryOptions.newBuilder(untilDone).setMaximumAttempts(Integer.MAX_VALUE).build();
  }

  private static RetryOptions untilDone(Duration initial, Duration max) {
    return RetryOptions.newBuilder()
        .setInitialInterval(initial)
        .setBackoffCoefficient(2)
        .setMaximumInterval(max)
        .build();
  }
}
