package com.parceliq.temporal;

import io.temporal.common.SearchAttributeKey;

/**
 * The custom search attributes of CONTRACT section 4. The dev server registers them at start (see
 * dev-services); a production cluster needs them created once with {@code temporal operator
 * search-attribute create}. No PII goes into them.
 */
public final class SearchAttributes {

  public static final SearchAttributeKey<String> TENANT_ID =
      SearchAttributeKey.forKeyword("TenantId");
  public static final SearchAttributeKey<String> SHIPMENT_ID =
      SearchAttributeKey.forKeyword("ShipmentId");
  public static final SearchAttributeKey<String> SHIPMENT_STATUS =
      SearchAttributeKey.forKeyword("ShipmentStatus");
  public static final SearchAttributeKey<String> CARRIER = SearchAttributeKey.forKeyword("Carrier");
  public static final SearchAttributeKey<String> TRACKING_CODE =
      SearchAttributeKey.forKeyword("TrackingCode");
  public static final SearchAttributeKey<String> BATCH_ID =
      SearchAttributeKey.forKeyword("BatchId");
  public static final SearchAttributeKey<Boolean> NEEDS_ATTENTION =
      SearchAttributeKey.forBoolean("NeedsAttention");

  /**
   * The {@code TenantId} of platform-wide workflows (schedules, operator runs such as archival or
   * invoicing): every execution carries a TenantId, so {@code TenantId IS NULL} finds nothing and
   * {@code TenantId = 'platform'} lists the platform's own work. No tenant id has this form.
   */
  public static final String PLATFORM_TENANT = "platform";

  private SearchAttributes() {}

  /** Start-time attributes of a platform-wide workflow. */
  public static io.temporal.common.SearchAttributes platformWide() {
    return io.temporal.common.SearchAttributes.newBuilder().set(TENANT_ID, PLATFORM_TENANT).build();
  }
}
