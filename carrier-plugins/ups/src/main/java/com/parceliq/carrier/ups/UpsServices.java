package com.parceliq.carrier.ups;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our stable service tokens and UPS's service codes (Rating and Shipping appendix: "Service
 * Codes"). Pickup wants the same service as a three-digit code ("003" for Ground), which is the
 * two-digit code with a leading zero (Pickup appendix).
 */
final class UpsServices {

  private static final Map<String, String> CODES_BY_TOKEN = new LinkedHashMap<>();

  static {
    CODES_BY_TOKEN.put("ground", "03");
    CODES_BY_TOKEN.put("3_day_select", "12");
    CODES_BY_TOKEN.put("2nd_day_air", "02");
    CODES_BY_TOKEN.put("2nd_day_air_am", "59");
    CODES_BY_TOKEN.put("next_day_air_saver", "13");
    CODES_BY_TOKEN.put("next_day_air", "01");
    CODES_BY_TOKEN.put("next_day_air_early", "14");
    CODES_BY_TOKEN.put("standard", "11");
    CODES_BY_TOKEN.put("worldwide_saver", "65");
    CODES_BY_TOKEN.put("worldwide_express", "07");
    CODES_BY_TOKEN.put("worldwide_express_plus", "54");
    CODES_BY_TOKEN.put("worldwide_expedited", "08");
  }

  private UpsServices() {}

  static List<String> tokens() {
    return List.copyOf(CODES_BY_TOKEN.keySet());
  }

  /** The UPS code for one of our tokens; an unknown token is a request UPS can never accept. */
  static String code(String token) {
    String code = token == null ? null : CODES_BY_TOKEN.get(token);
    if (code == null) {
      throw new CarrierException(
          UpsCarrierPlugin.CODE,
          CarrierErrorKind.REJECTED,
          "ups has no service '" + token + "'; services: " + tokens(),
          List.of(new FieldError("service", "unknown ups service")));
    }
    return code;
  }

  static String pickupCode(String token) {
    return "0" + code(token);
  }

  /** Our token for a UPS code; empty for a service we do not offer (it is left out of rates). */
  static Optional<String> token(String code) {
    return CODES_BY_TOKEN.entrySet().stream()
        .filter(entry -> entry.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
