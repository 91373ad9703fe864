package com.parceliq.api.webhooks;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.webhooks.WebhookUrlPolicy;
import com.parceliq.store.EventEntity;
import com.parceliq.store.WebhookDeliveryEntity;
import com.parceliq.store.WebhookEndpointEntity;
import com.parceliq.store.WebhookReplayEntity;
import com.parceliq.store.crypto.CredentialSealer;
import com.parceliq.store.crypto.WebhookSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tenant's webhook endpoints: registered with their URL checked against the SSRF policy and their
 * secret sealed, listed without it, deleted softly (their deliveries' history stays), and replayed.
 */
@ApplicationScoped
public class Webhooks {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int GENERATED_SECRET_BYTES = 32;

  @Inject CredentialSealer sealer;

  @ConfigProperty(name = "parceliq.webhooks.allow-private-urls", defaultValue = "false")
  boolean allowPrivateUrls;

  @Transactional
  public WebhookDto create(String tenantId, WebhookBody body) {
    String url = body.url().strip();
    WebhookUrlPolicy.of(allowPrivateUrls)
        .refusal(url)
        .ifPresent(
            refusal -> {
              throw ApiException.invalidField("url", refusal);
            });
    String secret = body.secret() == null ? generatedSecret() : body.secret();
    WebhookEndpointEntity row = new WebhookEndpointEntity();
    row.id = Ids.newId(IdPrefix.WEBHOOK);
    row.tenantId = tenantId;
    row.url = url;
    row.status = WebhookEndpointEntity.ENABLED;
    row.createdAt = now();
    WebhookSecrets.seal(sealer, row, secret);
    row.persist();
    return render(row, secret);
  }

  @Transactional
  public WebhookDto get(String tenantId, String id) {
    return render(existing(tenantId, id), null);
  }

  @Transactional
  public WebhookList list(String tenantId, Paging paging) {
    List<WebhookEndpointEntity> fetched =
        WebhookEndpointEntity.page(tenantId, paging.beforeId(), paging.fetchSize());
    return new WebhookList(
        paging.pageOf(fetched).stream().map(row -> render(row, null)).toList(),
        paging.hasMore(fetched));
  }

  /** Deleted at once; its pending deliveries are cancelled and their workflows end at next wake. */
  @Transactional
  public void delete(String tenantId, String id) {
    WebhookEndpointEntity row = existing(tenantId, id);
    row.deletedAt = now();
    WebhookDeliveryEntity.cancelPendingOf(tenantId, id);
  }

  /**
   * Records a replay and re-enables the endpoint: the merchant asking for its events again says the
   * endpoint works again, so its run of dead letters starts over.
   */
  @Transactional
  public ReplayDto replay(String tenantId, String id, ReplayBody body) {
    WebhookEndpointEntity endpoint = existing(tenantId, id);
    WebhookReplayEntity replay = new WebhookReplayEntity();
    replay.id = Ids.newId(IdPrefix.WEBHOOK_REPLAY);
    replay.tenantId = tenantId;
    replay.endpointId = endpoint.id;
    boolean bySince = body.since() != null;
    boolean byIds = body.eventIds() != null;
    if (bySince == byIds) {
      throw new ApiException(
          ErrorCode.REQUEST_INVALID,
          "Give exactly one of since and event_ids.",
          List.of(
              new FieldError("since", "give since or event_ids, not both nor neither"),
              new FieldError("event_ids", "give since or event_ids, not both nor neither")));
    }
    if (bySince) {
      replay.since = parseSince(body.since());
    } else {
      replay.eventIds = knownEvents(tenantId, body.eventIds());
    }
    replay.status = WebhookReplayEntity.RUNNING;
    replay.createdAt = now();
    replay.persist();
    endpoint.status = WebhookEndpointEntity.ENABLED;
    endpoint.consecutiveDeadLetters = 0;
    endpoint.disabledAt = null;
    endpoint.disabledByDeliveryId = null;
    return new ReplayDto(
        replay.id,
        ReplayDto.OBJECT,
        endpoint.id,
        replay.status,
        replay.since,
        replay.eventIds,
        replay.createdAt);
  }

  private static Instant parseSince(String since) {
    try {
      return OffsetDateTime.parse(since).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(
          "since", "must be an RFC 3339 time such as 2026-11-20T00:00:00Z");
    }
  }

  /** The ids, each an event of this tenant; another tenant's is as unknown as a made-up one. */
  private static List<String> knownEvents(String tenantId, List<String> eventIds) {
    if (eventIds.isEmpty()) {
      throw ApiException.invalidField("event_ids", "must name at least one event");
    }
    Set<String> known = new HashSet<>();
    List<String> candidates = eventIds.stream().filter(id -> id != null).distinct().toList();
    EventEntity.<EventEntity>list("tenantId = ?1 and id in ?2", tenantId, candidates)
        .forEach(event -> known.add(event.id));
    List<FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < eventIds.size(); i++) {
      if (!known.contains(eventIds.get(i))) {
        unknown.add(new FieldError("event_ids[" + i + "]", "no event with this id"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "Unknown events to replay.", unknown);
    }
    return candidates;
  }

  private static WebhookEndpointEntity existing(String tenantId, String id) {
    return WebhookEndpointEntity.ofTenant(tenantId, id)
        .filter(row -> !row.isDeleted())
        .orElseThrow(() -> ApiException.notFound("webhook", id));
  }

  private static String generatedSecret() {
    byte[] bytes = new byte[GENERATED_SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static WebhookDto render(WebhookEndpointEntity row, String secret) {
    return new WebhookDto(
        row.id,
        WebhookDto.OBJECT,
        row.url,
        row.status,
        row.consecutiveDeadLetters,
        row.createdAt,
        row.disabledAt,
        secret);
  }
}
