package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SortableIdsTest {

  @Test
  void idsHaveThePlatformsShapeAndSortByTheirCreationTime() {
    Instant first = Instant.parse("2030-01-01T00:00:00Z");
    String earlier = SortableIds.at("shp", first);
    String later = SortableIds.at("shp", first.plusMillis(1));

    assertThat(earlier).matches("shp_[0-9a-hjkmnp-tv-z]{26}");
    assertThat(earlier.substring(4, 14)).isEqualTo("01q3dcbd00");
    assertThat(later).isGreaterThan(earlier);
    assertThat(SortableIds.at("shp", first)).isNotEqualTo(earlier);
  }
}
