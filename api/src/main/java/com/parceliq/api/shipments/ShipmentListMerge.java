package com.parceliq.api.shipments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One list page out of hot shipments and archived ones, newest id first. Each source was fetched
 * with the same {@code before_id} and one row more than the page, so the page and whether more
 * follow are decided from their union. A shipment archived between the two reads may be in both: it
 * is listed once, hot.
 */
public final class ShipmentListMerge {

  private ShipmentListMerge() {}

  /** A listed shipment: its id, and whether it comes from the archive. */
  public record Listed<H, A>(String id, H hot, A archived) {
    public boolean isArchived() {
      return hot == null;
    }
  }

  /** The page ({@code pageSize} at most) and whether more rows follow it. */
  public record Page<H, A>(List<Listed<H, A>> items, boolean hasMore) {}

  public static <H, A> Page<H, A> merge(
      List<H> hot,
      Function<H, String> hotId,
      List<A> archived,
      Function<A, String> archivedId,
      int pageSize) {
    Map<String, Listed<H, A>> byId = new LinkedHashMap<>();
    for (H row : hot) {
      byId.put(hotId.apply(row), new Listed<>(hotId.apply(row), row, null));
    }
    for (A row : archived) {
      byId.putIfAbsent(archivedId.apply(row), new Listed<>(archivedId.apply(row), null, row));
    }
    List<Listed<H, A>> merged = new ArrayList<>(byId.values());
    merged.sort(Comparator.comparing((Listed<H, A> listed) -> listed.id()).reversed());
    boolean hasMore = merged.size() > pageSize;
    return new Page<>(List.copyOf(hasMore ? merged.subList(0, pageSize) : merged), hasMore);
  }
}
