package com.parceliq.carrier.fedex;

import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Our stable service tokens and FedEx's {@code serviceType} codes (US domestic parcel services;
 * international services need customs details this adapter does not send). {@code days} is the
 * service's published transit time, used when a rate answer carries no {@code transitTime}; 0 means
 * "depends on the lane" (ground).
 */
enum FedexServices {
  GROUND("ground", "FEDEX_GROUND", 0),
  HOME_DELIVERY("home_delivery", "GROUND_HOME_DELIVERY", 0),
  EXPRESS_SAVER("express_saver", "FEDEX_EXPRESS_SAVER", 3),
  TWO_DAY("2day", "FEDEX_2_DAY", 2),
  TWO_DAY_AM("2day_am", "FEDEX_2_DAY_AM", 2),
  STANDARD_OVERNIGHT("standard_overnight", "STANDARD_OVERNIGHT", 1),
  PRIORITY_OVERNIGHT("priority_overnight", "PRIORITY_OVERNIGHT", 1),
  FIRST_OVERNIGHT("first_overnight", "FIRST_OVERNIGHT", 1);

  private final String token;
  private final String serviceType;
  private final int days;

  FedexServices(String token, String serviceType, int days) {
    this.token = token;
    this.serviceType = serviceType;
    this.days = days;
  }

  String token() {
    return token;
  }

  String serviceType() {
    return serviceType;
  }

  int days() {
    return days;
  }

  static List<String> tokens() {
    return Stream.of(values()).map(FedexServices::token).toList();
  }

  /** Our token for a FedEx {@code serviceType}; empty for a service this adapter does not offer. */
  static Optional<FedexServices> ofServiceType(String serviceType) {
    return Stream.of(values()).filter(s -> s.serviceType.equals(serviceType)).findFirst();
  }

  /** The service a request names; an unknown token is the caller's mistake (REJECTED). */
  static FedexServices ofToken(String token) {
    return Stream.of(values())
        .filter(s -> s.token.equals(token))
        .findFirst()
        .orElseThrow(
            () ->
                new CarrierException(
                    FedexCarrierPlugin.CODE,
                    CarrierErrorKind.REJECTED,
                    "fedex has no service '" + token + "'; known: " + tokens(),
                    List.of(new FieldError("service", "is not a fedex service"))));
  }
}
