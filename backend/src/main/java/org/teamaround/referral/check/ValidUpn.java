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

/** An optional Unique Pupil Number, which when present must pass the DfE check letter test. */
@Documented
@Constraint(validatedBy = UpnValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidUpn {

    String message() default "is not a valid Unique Pupil Number (13 characters with the DfE check letter)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
