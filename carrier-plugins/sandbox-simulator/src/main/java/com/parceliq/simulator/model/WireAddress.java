package com.parceliq.simulator.model;

/** A postal address as the simulator's API carries it. */
public record WireAddress(
    String name,
    String company,
    String street1,
    String street2,
    String city,
    String state,
    String zip,
    String country,
    String phone,
    String email) {

  /** One line for labels and tracking messages, such as {@code "SAN FRANCISCO, CA 94105"}. */
  public String cityLine() {
    StringBuilder line = new StringBuilder(nullToEmpty(city));
    if (state != null && !state.isBlank()) {
      line.append(", ").append(state);
    }
    if (zip != null && !zip.isBlank()) {
      line.append(' ').append(zip);
    }
    return line.toString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
