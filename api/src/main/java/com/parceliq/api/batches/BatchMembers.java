package com.parceliq.api.batches;

import com.parceliq.api.archive.ArchivedIds;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.BatchShipments;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the shipment ids of a batch request: at most {@link BatchSettings#MAX_SHIPMENTS}, each a
 * shipment of the tenant and in no other batch. Repeats are merged. Every offending id is reported
 * (up to a bound, so the answer stays small), each under its own index.
 */
final class BatchMembers {

  private static final int MAX_REPORTED = 100;

  private BatchMembers() {}

  /** The distinct ids, in request order, that may join {@code batchId} (null: a new batch). */
  static List<String> joinable(String tenantId, String batchId, List<String> requested) {
    List<String> ids = requested == null ? List.of() : requested;
    if (ids.size() > BatchSettings.MAX_SHIPMENTS) {
      throw ApiException.invalidField(
          "shipments",
          "a batch holds at most " + BatchSettings.MAX_SHIPMENTS + " shipments; got " + ids.size());
    }
    // By index, so errors read in request order whatever check found them.
    TreeMap<Integer, FieldError> errors = new TreeMap<>();
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!IdPrefix.SHIPMENT.matches(id)) {
        errors.put(i, new FieldError(index(i), "must be a shipment id (shp_...)"));
      } else {
        distinct.add(id);
      }
    }
    List<String> candidates = List.copyOf(distinct);
    if (!candidates.isEmpty()) {
      LinkedHashSet<String> known =
          new LinkedHashSet<>(BatchShipments.existing(tenantId, candidates));
      ArchivedIds.refuseArchived(
          tenantId, candidates.stream().filter(id -> !known.contains(id)).toList());
      Map<String, String> batches = BatchShipments.batchesOf(tenantId, candidates);
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        if (!distinct.contains(id)) {
          continue;
        }
        if (!known.contains(id)) {
          errors.put(i, new FieldError(index(i), "no shipment with id " + id));
        } else if (batches.containsKey(id) && !batches.get(id).equals(batchId)) {
          errors.put(i, new FieldError(index(i), id + " is already in batch " + batches.get(id)));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          ErrorCode.REQUEST_INVALID,
          errors.size() + " of the shipments cannot join the batch.",
          errors.values().stream().limit(MAX_REPORTED).toList());
    }
    return candidates;
  }

  private static String index(int i) {
    return "shipments[" + i + "]";
  }
}
