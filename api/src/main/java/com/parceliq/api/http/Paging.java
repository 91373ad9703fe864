package com.parceliq.api.http;

import com.parceliq.api.error.ApiException;
import java.util.List;

/** {@code ?page_size=&before_id=} of list endpoints (CONTRACT section 2). */
public record Paging(int pageSize, String beforeId) {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_ID_LENGTH = 64;

  /** Parses the raw query values; anything unusable is a 422 naming the parameter. */
  public static Paging parse(String pageSize, String beforeId) {
    return new Paging(parsePageSize(pageSize), parseBeforeId(beforeId));
  }

  static int parsePageSize(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_PAGE_SIZE;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw invalidPageSize();
    }
    if (value < 1 || value > MAX_PAGE_SIZE) {
      throw invalidPageSize();
    }
    return value;
  }

  static String parseBeforeId(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_ID_LENGTH) {
      throw ApiException.invalidField("before_id", "must be the id of an object in this list");
    }
    return raw.strip();
  }

  private static ApiException invalidPageSize() {
    return ApiException.invalidField(
        "page_size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
  }

  /** How many rows to fetch: one more than the page, to know whether there is more. */
  public int fetchSize() {
    return pageSize + 1;
  }

  /** The rows of this page out of {@link #fetchSize()} fetched rows. */
  public <T> List<T> pageOf(List<T> fetched) {
    return fetched.size() > pageSize ? fetched.subList(0, pageSize) : fetched;
  }

  /** Whether rows beyond this page exist, judged from {@link #fetchSize()} fetched rows. */
  public boolean hasMore(List<?> fetched) {
    return fetched.size() > pageSize;
  }
}
