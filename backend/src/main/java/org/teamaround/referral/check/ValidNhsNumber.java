package org.teamaround.referral.check;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An optional NHS number, which when present must be 10 digits passing the Modulus 11 check. */
@Documented
@Constraint(validatedBy = NhsNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNhsNumber {

    String message() default "is not a valid NHS number (10 digits, Modulus 11)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
