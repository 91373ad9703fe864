package com.parceliq.simulator.model;

import com.parceliq.simulator.http.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Field checks shared by every endpoint that takes addresses or parcels. */
public final class RequestRules {

  private static final Pattern US_ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  // 150 lb, the usual parcel-carrier ceiling.
  private static final BigDecimal MAX_WEIGHT_OZ = new BigDecimal("2400");

  private RequestRules() {}

  /**
   * Adds the problems of {@code address} to {@code errors}; field names are prefixed with {@code
   * field} and a dot unless {@code field} is empty (the address is the whole body).
   */
  public static void checkAddress(String field, WireAddress address, List<FieldError> errors) {
    if (address == null) {
      errors.add(new FieldError(field, "is required"));
      return;
    }
    String p = field.isEmpty() ? "" : field + ".";
    required(p + "street1", address.street1(), errors);
    required(p + "city", address.city(), errors);
    required(p + "zip", address.zip(), errors);
    required(p + "country", address.country(), errors);
    if (blank(address.country())) {
      return;
    }
    if (!COUNTRY.matcher(address.country().trim()).matches()) {
      errors.add(new FieldError(p + "country", "must be an ISO 3166 two-letter code"));
    } else if (isUs(address)) {
      required(p + "state", address.state(), errors);
      if (!blank(address.zip()) && !US_ZIP.matcher(address.zip().trim()).matches()) {
        errors.add(new FieldError(p + "zip", "must be a US ZIP code (12345 or 12345-6789)"));
      }
    }
  }

  public static void checkParcel(String field, WireParcel parcel, List<FieldError> errors) {
    if (parcel == null) {
      errors.add(new FieldError(field, "is required"));
      return;
    }
    BigDecimal weight = parcel.weightOz();
    if (weight == null) {
      errors.add(new FieldError(field + ".weight_oz", "is required"));
    } else if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT_OZ) > 0) {
      errors.add(new FieldError(field + ".weight_oz", "must be above 0 and at most 2400"));
    }
    positiveIfPresent(field + ".length_in", parcel.lengthIn(), errors);
    positiveIfPresent(field + ".width_in", parcel.widthIn(), errors);
    positiveIfPresent(field + ".height_in", parcel.heightIn(), errors);
  }

  public static boolean isUs(WireAddress address) {
    return "US".equalsIgnoreCase(address.country() == null ? "" : address.country().trim());
  }

  private static void positiveIfPresent(String field, BigDecimal value, List<FieldError> errors) {
    if (value != null && value.signum() <= 0) {
      errors.add(new FieldError(field, "must be above 0"));
    }
  }

  private static void required(String field, String value, List<FieldError> errors) {
    if (blank(value)) {
      errors.add(new FieldError(field, "is required"));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
