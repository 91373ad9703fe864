package com.parceliq.simulator;

/** Request bodies for tests: a New York to San Francisco parcel. */
public final class Shipments {

  public static final String FROM =
      """
      {"name":"Alice","street1":"1 Main St","city":"New York","state":"NY","zip":"10001","country":"US"}""";
  public static final String TO =
      """
      {"name":"Bob","street1":"2 Market St","city":"San Francisco","state":"CA","zip":"94105","country":"US"}""";

  private Shipments() {}

  /** A purchase body for {@code service} with {@code reference} (may hold triggers). */
  public static String purchase(String service, String reference) {
    return purchase(service, reference, "pdf");
  }

  public static String purchase(String service, String reference, String labelFormat) {
    return """
        {"from_address":%s,"to_address":%s,"parcel":{"weight_oz":20},
         "service":"%s","reference":"%s","label_format":"%s"}"""
        .formatted(FROM, TO, service, reference, labelFormat);
  }

  public static String rates() {
    return """
        {"from_address":%s,"to_address":%s,"parcel":{"weight_oz":20}}"""
        .formatted(FROM, TO);
  }
}
