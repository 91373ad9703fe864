package com.parceliq.simulator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.parceliq.simulator.http.Json;
import com.parceliq.simulator.state.RandomIds;
import com.parceliq.simulator.views.TrackingView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Pushes tracking updates to the configured webhook URL, like a carrier's tracking webhook. A push
 * that fails is logged and dropped: the receiver can always poll, and the simulator must never fall
 * over because ParcelIQ is down.
 */
public final class WebhookPusher implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(WebhookPusher.class.getName());
  private static final Duration PUSH_TIMEOUT = Duration.ofSeconds(5);

  private final Optional<URI> url;
  private final Optional<PushSigner> signer;
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;

  public WebhookPusher(Optional<URI> url, Optional<String> secret, Clock clock) {
    this.url = url;
    this.signer = secret.map(key -> new PushSigner(key, clock));
    this.client = HttpClient.newBuilder().connectTimeout(PUSH_TIMEOUT).build();
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("simulator-webhooks").factory());
  }

  /** Pushes {@code tracking} now, if a webhook URL is configured. */
  public void push(TrackingView tracking) {
    url.ifPresent(target -> send(target, tracking));
  }

  /**
   * After {@code delay}, pushes what {@code tracking} supplies then; an empty supply (the label was
   * reset away, or voided) pushes nothing.
   */
  public void pushLater(Duration delay, Supplier<Optional<TrackingView>> tracking) {
    if (url.isEmpty()) {
      return;
    }
    scheduler.schedule(
        () -> tracking.get().ifPresent(view -> send(url.get(), view)),
        Math.max(0, delay.toMillis()),
        TimeUnit.MILLISECONDS);
  }

  private void send(URI target, TrackingView tracking) {
    // The update happened when its newest scan did.
    String occurredAt = tracking.events().getLast().occurredAt();
    TrackingPush push =
        new TrackingPush(RandomIds.id("sbxevt"), "tracking.updated", occurredAt, tracking);
    byte[] body;
    try {
      body = Json.MAPPER.writeValueAsBytes(push);
    } catch (JsonProcessingException e) {
      LOG.log(System.Logger.Level.ERROR, "cannot serialize tracking push", e);
      return;
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target)
            .timeout(PUSH_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    byte[] signed = body;
    signer.ifPresent(sign -> builder.header(PushSigner.HEADER, sign.signature(signed)));
    HttpRequest request = builder.build();
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "tracking push for {0} to {1} failed: {2}",
                    tracking.trackingCode(),
                    target,
                    failure.toString());
              } else if (response.statusCode() >= 300) {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "tracking push for {0} to {1} answered {2}",
                    tracking.trackingCode(),
                    target,
                    response.statusCode());
              }
            });
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    client.close();
  }
}
