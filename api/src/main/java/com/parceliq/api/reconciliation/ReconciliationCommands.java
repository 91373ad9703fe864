package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.api.idempotency.RequestFingerprint;
import com.parceliq.api.idempotency.StreamedIdempotentPosts;
import com.parceliq.api.idempotency.StreamedIdempotentPosts.Performed;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.reconciliation.InvoiceFormat;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code POST /v1/reconciliation}: an uploaded CSV or an inbox key becomes a started run. */
@ApplicationScoped
class ReconciliationCommands {

  static final String PATH = "/v1/reconciliation";
  private static final int MAX_JSON_BYTES = 64 * 1024;
  private static final int STREAM_BUFFER = 64 * 1024;

  @Inject IdempotentPosts idempotency;
  @Inject StreamedIdempotentPosts streamedIdempotency;
  @Inject InvoiceUploads uploads;
  @Inject InboxObjects inbox;
  @Inject ReconciliationStarts starts;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "parceliq.reconciliation.inbox.prefix", defaultValue = "inbox/")
  String inboxPrefix;

  @ConfigProperty(
      name = "parceliq.reconciliation.inbox.carriers",
      defaultValue = "sandbox,ups,fedex")
  List<String> carriers;

  private InvoiceSources sources;

  @PostConstruct
  void init() {
    sources = new InvoiceSources(inboxPrefix, carriers);
  }

  Response upload(String tenantId, String carrierParam, String keyHeader, InputStream raw) {
    InputStream body = new BufferedInputStream(raw, STREAM_BUFFER);
    String named = sources.carrier(carrierParam, "carrier").orElse(null);
    InvoiceFormat format = InvoiceHeaders.require(InvoiceBodies.peekFirstLine(body));
    if (named != null) {
      InvoiceSources.requireSameCarrier(format, named, "carrier");
    }
    String what = "text/csv\ncarrier=" + (named == null ? "" : named) + "\nsha256=";
    String key = IdempotentPosts.idempotencyKey(keyHeader).orElse(null);
    return streamedIdempotency.execute(
        keyHeader,
        new StreamedIdempotentPosts.StreamedRequest() {
          @Override
          public String fingerprintOnly() {
            return fingerprint(what + InvoiceBodies.digestOnly(body));
          }

          @Override
          public Performed perform() {
            String runId = KeyedIds.forRequest(IdPrefix.RECONCILIATION, tenantId, key);
            InvoiceUploads.Stored stored = uploads.upload(tenantId, runId, body);
            ReconciliationRequest request =
                new ReconciliationRequest(
                    tenantId, runId, format.carrier(), "upload", stored.bucket(), stored.key());
            Response created = started(request, format, stored.bytes());
            return new Performed(created, fingerprint(what + stored.sha256()));
          }
        });
  }

  Response fromKey(String tenantId, String keyHeader, InputStream raw) {
    ReconciliationSourceBody body = parse(raw);
    String key = IdempotentPosts.idempotencyKey(keyHeader).orElse(null);
    return idempotency.execute(
        body,
        () -> {
          String s3Key = body.s3Key() == null ? null : body.s3Key().strip();
          String keyCarrier = sources.carrierOfKey(s3Key, tenantId);
          sources
              .carrier(body.carrier(), "carrier")
              .ifPresent(named -> requireSame(keyCarrier, named));
          InboxObjects.Found found = inbox.require(s3Key);
          InvoiceSources.requireSameCarrier(found.format(), keyCarrier, "s3_key");
          String runId = KeyedIds.forRequest(IdPrefix.RECONCILIATION, tenantId, key);
          ReconciliationRequest request =
              new ReconciliationRequest(
                  tenantId, runId, keyCarrier, "s3_key", found.bucket(), found.key());
          return started(request, found.format(), found.bytes());
        });
  }

  private Response started(ReconciliationRequest request, InvoiceFormat format, long size) {
    starts.start(request);
    ReconciliationRunDto run = ReconciliationRunViews.pending(request, format.name(), size);
    return Response.created(URI.create(PATH + "/" + run.id())).entity(run).build();
  }

  private static void requireSame(String keyCarrier, String named) {
    if (!keyCarrier.equals(named)) {
      throw ApiException.invalidField(
          "carrier", "must be the carrier of s3_key (" + keyCarrier + ")");
    }
  }

  private ReconciliationSourceBody parse(InputStream raw) {
    byte[] json = InvoiceBodies.readSmall(raw, MAX_JSON_BYTES);
    if (json.length == 0) {
      RequestBodies.require(null);
    }
    try {
      return RequestBodies.require(mapper.readValue(json, ReconciliationSourceBody.class));
    } catch (IOException malformed) {
      throw new jakarta.ws.rs.ProcessingException(malformed);
    }
  }

  private static String fingerprint(String canonical) {
    return RequestFingerprint.of("POST", PATH, canonical);
  }
}
