package com.parceliq.carrier.usps;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our stable service tokens and the USPS {@code mailClass} each one means. Only the parcel classes
 * any shipper may use are offered; Media Mail, Library Mail and Bound Printed Matter carry content
 * restrictions a generic quote cannot check, and Parcel Select needs destination entry.
 */
final class UspsServices {

  private static final Map<String, String> MAIL_CLASSES = new LinkedHashMap<>();

  static {
    MAIL_CLASSES.put("ground_advantage", "USPS_GROUND_ADVANTAGE");
    MAIL_CLASSES.put("priority", "PRIORITY_MAIL");
    MAIL_CLASSES.put("priority_express", "PRIORITY_MAIL_EXPRESS");
  }

  static final List<String> TOKENS = List.copyOf(MAIL_CLASSES.keySet());

  private UspsServices() {}

  static String mailClass(String token) {
    String mailClass = token == null ? null : MAIL_CLASSES.get(token);
    if (mailClass == null) {
      throw new CarrierException(
          UspsCarrierPlugin.CODE,
          CarrierErrorKind.REJECTED,
          "usps has no service '" + token + "'; known: " + TOKENS,
          List.of(new FieldError("service", "must be one of " + TOKENS)));
    }
    return mailClass;
  }

  static Optional<String> token(String mailClass) {
    return MAIL_CLASSES.entrySet().stream()
        .filter(entry -> entry.getValue().equals(mailClass))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
