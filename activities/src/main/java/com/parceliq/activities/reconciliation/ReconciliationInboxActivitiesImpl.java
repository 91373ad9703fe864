package com.parceliq.activities.reconciliation;

import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.InboxPage;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The inbox scan's steps: a page of {@code <prefix><carrier>/<tenant>/<name>.csv} objects listed
 * from S3 and claimed. Keys of another shape (no tenant, not a CSV, a folder marker) are skipped.
 */
@ApplicationScoped
public class ReconciliationInboxActivitiesImpl implements ReconciliationInboxActivities {

  private static final Logger LOG = Logger.getLogger(ReconciliationInboxActivitiesImpl.class);

  @Inject ReconciliationSettings settings;
  @Inject S3Client s3;
  @Inject S3Settings buckets;
  @Inject InboxClaims claims;

  @Override
  public List<String> reconcileInboxCarriers() {
    return settings.inboxCarriers().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  @Override
  public InboxPage reconcileInboxPage(String carrier, String startAfter, int limit) {
    String prefix = settings.inboxPrefix() + carrier + "/";
    ListObjectsV2Request.Builder request =
        ListObjectsV2Request.builder()
            .bucket(buckets.reconciliationBucket())
            .prefix(prefix)
            .maxKeys(limit);
    if (startAfter != null) {
      request.startAfter(startAfter);
    }
    ListObjectsV2Response listing = s3.listObjectsV2(request.build());
    List<InboxClaims.InboxObject> objects = new ArrayList<>();
    for (S3Object object : listing.contents()) {
      String tenantId = tenantOf(prefix, object.key());
      if (tenantId == null) {
        LOG.debugf("reconciliation inbox: skipping %s (not <tenant>/<name>.csv)", object.key());
        continue;
      }
      objects.add(new InboxClaims.InboxObject(tenantId, object.key(), object.size()));
    }
    String next =
        Boolean.TRUE.equals(listing.isTruncated()) && !listing.contents().isEmpty()
            ? listing.contents().getLast().key()
            : null;
    return new InboxPage(claims.claim(carrier, buckets.reconciliationBucket(), objects), next);
  }

  /** The tenant id a key names after the carrier's prefix, or null for a key of another shape. */
  static String tenantOf(String prefix, String key) {
    String rest = key.substring(prefix.length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return null;
    }
    if (!rest.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return null;
    }
    return rest.substring(0, slash);
  }
}
