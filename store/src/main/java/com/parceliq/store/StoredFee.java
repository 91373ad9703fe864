package com.parceliq.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.List;

/**
 * One element of a shipment's {@code fees} column. The amount is a decimal string, as on the wire,
 * so no JSON number round trip can change a cent.
 */
public record StoredFee(String type, String amount, String currency) {

  /** An empty {@code fees} column. */
  public static final String NONE = "[]";

  public static StoredFee of(String type, BigDecimal amount, String currency) {
    return new StoredFee(type, amount.toPlainString(), currency);
  }

  public BigDecimal decimalAmount() {
    return new BigDecimal(amount);
  }

  public static String writeAll(List<StoredFee> fees) {
    return JsonColumns.write(fees);
  }

  public static List<StoredFee> readAll(String json) {
    return json == null
        ? List.of()
        : JsonColumns.read(json, new TypeReference<List<StoredFee>>() {});
  }
}
