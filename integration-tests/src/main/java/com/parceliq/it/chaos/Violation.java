package com.parceliq.it.chaos;

/**
 * One broken invariant, printed as {@code [invariant] subject: detail}.
 *
 * @param invariant which check found it
 * @param subject the object it is about (a shipment, a tenant, an event, a tracking code)
 * @param detail what was expected and what was found
 */
public record Violation(String invariant, String subject, String detail) {

  @Override
  public String toString() {
    return "[" + invariant + "] " + subject + ": " + detail;
  }
}
