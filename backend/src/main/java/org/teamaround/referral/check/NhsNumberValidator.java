package org.teamaround.referral.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidNhsNumber} values; null means the field was left out, which is allowed. */
public final class NhsNumberValidator implements ConstraintValidator<ValidNhsNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || NhsNumber.isValid(value);
    }
}
