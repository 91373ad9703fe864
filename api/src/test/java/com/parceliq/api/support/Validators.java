package com.parceliq.api.support;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A plain Jakarta Validator, as Quarkus runs it on request bodies, without Quarkus. */
public final class Validators {

  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private Validators() {}

  public static Validator validator() {
    return VALIDATOR;
  }
}
