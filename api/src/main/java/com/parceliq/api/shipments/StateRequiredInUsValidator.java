package com.parceliq.api.shipments;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class StateRequiredInUsValidator
    implements ConstraintValidator<StateRequiredInUs, AddressDto> {

  @Override
  public boolean isValid(AddressDto address, ConstraintValidatorContext context) {
    if (address == null || !"US".equalsIgnoreCase(strip(address.country()))) {
      return true;
    }
    if (address.state() != null && !address.state().isBlank()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("state")
        .addConstraintViolation();
    return false;
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
