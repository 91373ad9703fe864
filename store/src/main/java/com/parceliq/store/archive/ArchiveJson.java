package com.parceliq.store.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON of archive documents keeps numbers as PostgreSQL wrote them: {@code 9.80} stays {@code
 * 9.80} (a money column), never a double's {@code 9.8}. Whoever reads a document back to serve it
 * must read it the same way.
 */
public final class ArchiveJson {

  private ArchiveJson() {}

  public static ObjectMapper exact(ObjectMapper base) {
    return base.copy()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }
}
