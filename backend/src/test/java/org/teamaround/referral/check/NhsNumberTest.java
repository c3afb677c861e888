package org.teamaround.referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * The NHS number Modulus 11 check. Each expected result was computed with a separate Python script (digits 1–9 ×
 * 10…2, check = 11 − sum mod 11, 11 → 0, 10 → invalid); the first by hand: 9434765919 → 90+36+24+28+42+30+20+27+2 =
 * 299, 299 mod 11 = 2, check 9.
 */
class NhsNumberTest {

    @ParameterizedTest
    @CsvSource({
        "9434765919", // the published example
        "4010232137", // check 7
        "9876543210", // check 0 from remainder 0 (11 → 0)
        "9990000018", // test range, check 8
        "9990000026", // test range, check 6
        "9990000050", // test range, check 0
    })
    void numbersWithTheRightCheckDigitAreAccepted(String nhs) {
        assertTrue(NhsNumber.isValid(nhs));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9434765918    | wrong check digit (9 expected)",
        "9434765910    | wrong check digit (9 expected)",
        "4010232138    | wrong check digit (7 expected)",
        "9990000000    | check computes to 10",
        "9990000009    | check computes to 10, whatever the last digit",
        "1234567890    | check computes to 10",
        "943476591     | 9 digits",
        "94347659190   | 11 digits",
        "94347659I9    | letter",
        "'943 476 5919' | spaces are not accepted: digits only",
        "'9434765919 '  | trailing space",
        "943-476-5919  | dashes",
        "943476591\u0669 | non-ASCII digit",
    })
    void malformedOrWrongNumbersAreInvalid(String nhs, String why) {
        assertFalse(NhsNumber.isValid(nhs), why);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingNumberIsInvalidForTheCheckItself(String nhs) {
        assertFalse(NhsNumber.isValid(nhs));
    }

    @ParameterizedTest
    @CsvSource({
        "9434765919, true",
        "9434765918, false",
        "943 476 5919, false",
        "'', false",
    })
    void validatorAcceptsOnlyValidNumbers(String nhs, boolean valid) {
        assertEquals(valid, new NhsNumberValidator().isValid(nhs, null));
    }

    @Test
    void validatorTreatsAnAbsentNumberAsValidBecauseTheFieldIsOptional() {
        assertTrue(new NhsNumberValidator().isValid(null, null));
    }
}
