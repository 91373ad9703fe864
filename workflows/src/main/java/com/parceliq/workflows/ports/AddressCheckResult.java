package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import java.util.List;

/**
 * A carrier's verdict on an address: its normalized form and, when it could not verify it, what is
 * wrong. An unverified address is an answer, not a failure.
 */
public record AddressCheckResult(
    String carrier, Address address, boolean verified, List<Problem> errors) {

  public AddressCheckResult {
    errors = List.copyOf(errors);
  }

  /** One field the carrier found wrong, named as in the address ({@code zip}, {@code street1}). */
  public record Problem(String field, String message) {}
}
