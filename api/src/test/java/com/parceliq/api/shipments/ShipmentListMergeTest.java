package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShipmentListMergeTest {

  private static final Function<String, String> ID = Function.identity();

  @Test
  void hotAndArchivedShipmentsInterleaveNewestIdFirst() {
    var page =
        ShipmentListMerge.merge(
            List.of("shp_09", "shp_06", "shp_03"), ID, List.of("shp_08", "shp_05"), ID, 4);

    assertThat(page.items())
        .extracting(ShipmentListMerge.Listed::id)
        .containsExactly("shp_09", "shp_08", "shp_06", "shp_05");
    assertThat(page.items())
        .extracting(ShipmentListMerge.Listed::isArchived)
        .containsExactly(false, true, false, true);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void theLastPageSaysNoMore() {
    var page = ShipmentListMerge.merge(List.of("shp_2"), ID, List.of("shp_1"), ID, 2);

    assertThat(page.items())
        .extracting(ShipmentListMerge.Listed::id)
        .containsExactly("shp_2", "shp_1");
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void aShipmentArchivedBetweenTheTwoReadsIsListedOnceAsHot() {
    var page = ShipmentListMerge.merge(List.of("shp_2"), ID, List.of("shp_2", "shp_1"), ID, 5);

    assertThat(page.items())
        .extracting(ShipmentListMerge.Listed::id)
        .containsExactly("shp_2", "shp_1");
    assertThat(page.items().get(0).isArchived()).isFalse();
  }

  @Test
  void pagingOnWithTheLastIdNeitherRepeatsNorSkipsAShipment() {
    List<String> hot = List.of("shp_9", "shp_7", "shp_4", "shp_2");
    List<String> archived = List.of("shp_8", "shp_6", "shp_5", "shp_3", "shp_1");
    List<String> seen = new java.util.ArrayList<>();
    String before = null;
    boolean more = true;
    while (more) {
      String cursor = before;
      var page =
          ShipmentListMerge.merge(below(hot, cursor, 3), ID, below(archived, cursor, 3), ID, 2);
      page.items().forEach(item -> seen.add(item.id()));
      more = page.hasMore();
      before = page.items().get(page.items().size() - 1).id();
    }

    assertThat(seen)
        .containsExactly(
            "shp_9", "shp_8", "shp_7", "shp_6", "shp_5", "shp_4", "shp_3", "shp_2", "shp_1");
  }

  /** What a source returns for before_id and fetch size (ids desc). */
  private static List<String> below(List<String> ids, String beforeId, int fetch) {
    return ids.stream()
        .filter(id -> beforeId == null || id.compareTo(beforeId) < 0)
        .limit(fetch)
        .toList();
  }
}
