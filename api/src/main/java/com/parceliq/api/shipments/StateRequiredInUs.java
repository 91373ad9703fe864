package com.parceliq.api.shipments;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A US address needs its state; the violation is reported on the {@code state} field. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = StateRequiredInUsValidator.class)
public @interface StateRequiredInUs {

  String message() default "must not be blank for a US address";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
