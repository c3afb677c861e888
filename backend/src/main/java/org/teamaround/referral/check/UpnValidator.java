package org.teamaround.referral.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidUpn} values; null means the field was left out, which is allowed. */
public final class UpnValidator implements ConstraintValidator<ValidUpn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Upn.isValid(value);
    }
}
