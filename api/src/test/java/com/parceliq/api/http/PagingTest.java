package com.parceliq.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

  @Test
  void pageSizeDefaultsTo20() {
    assertThat(Paging.parse(null, null).pageSize()).isEqualTo(20);
    assertThat(Paging.parse(" ", null).pageSize()).isEqualTo(20);
  }

  @Test
  void pageSizeUpTo100IsAccepted() {
    assertThat(Paging.parse("1", null).pageSize()).isEqualTo(1);
    assertThat(Paging.parse("100", null).pageSize()).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", "99999999999"})
  void unusablePageSizeIsRejectedNamingTheParameter(String pageSize) {
    assertThatThrownBy(() -> Paging.parse(pageSize, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> {
              assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
              assertThat(refusal.errors())
                  .extracting(FieldError::field)
                  .containsExactly("page_size");
            });
  }

  @Test
  void beforeIdIsPassedOnAndAbsurdOnesRefused() {
    assertThat(Paging.parse(null, "shp_01abc").beforeId()).isEqualTo("shp_01abc");
    assertThat(Paging.parse(null, "").beforeId()).isNull();
    assertThatThrownBy(() -> Paging.parse(null, "x".repeat(65))).isInstanceOf(ApiException.class);
  }

  @Test
  void oneExtraRowTellsThatThereIsMore() {
    Paging paging = Paging.parse("2", null);
    List<String> fetched = List.of("c", "b", "a");

    assertThat(paging.fetchSize()).isEqualTo(3);
    assertThat(paging.pageOf(fetched)).containsExactly("c", "b");
    assertThat(paging.hasMore(fetched)).isTrue();
    assertThat(paging.hasMore(List.of("c", "b"))).isFalse();
    assertThat(paging.pageOf(List.of("c"))).containsExactly("c");
  }
}
