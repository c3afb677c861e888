package org.teamaround.referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * The DfE UPN check. Expected check letters were computed outside this code base with a separate Python script
 * (sum of characters 2–13 × weights 2–13, a trailing letter by its index in ABCDEFGHJKLMNPQRTUVWXYZ, mod 23), and the
 * first two by hand: B801200005001 → 8×2 + 1×4 + 2×5 + 5×10 + 1×13 = 93, 93 mod 23 = 1 → B;
 * P938411100123 → 18+9+32+20+6+7+8+0+0+11+24+39 = 174, 174 mod 23 = 13 → P.
 */
class UpnTest {

    @ParameterizedTest
    @CsvSource({
        "B801200005001", // the published example
        "P938411100123",
        "C201350512099",
        "V873400021001",
        "F999999999999",
        "A000000000000",
    })
    void permanentUpnsWithTheRightCheckLetterAreAccepted(String upn) {
        assertEquals(UpnKind.PERMANENT, Upn.classify(upn));
        assertTrue(Upn.isValid(upn));
    }

    @ParameterizedTest
    @CsvSource({
        "M80120000500A", // A counts 0: 16+4+10+50 = 80, 80 mod 23 = 11 → M
        "H93841110012Z", // Z counts 22
        "Z20135051209H",
        "N87340002100X",
        "G80120000500N",
    })
    void temporaryUpnsEndingInACheckTableLetterAreAccepted(String upn) {
        assertEquals(UpnKind.TEMPORARY, Upn.classify(upn));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A801200005001  | wrong check letter (B expected)",
        "C801200005001  | wrong check letter (B expected)",
        "I801200005001  | I is not a check letter",
        "O801200005001  | O is not a check letter",
        "S801200005001  | S is not a check letter",
        "B80120000500I  | I cannot end a temporary UPN",
        "B80120000500O  | O cannot end a temporary UPN",
        "B80120000500S  | S cannot end a temporary UPN",
        "B80120000500   | 12 characters",
        "B8012000050011 | 14 characters",
        "B801A00005001  | letter in the middle",
        "b801200005001  | lower-case check letter",
        "g80120000500n  | lower-case temporary UPN",
        "G80120000500n  | lower-case final letter",
        "'B801200005001 '  | trailing space: not trimmed",
        "' B801200005001'  | leading space: not trimmed",
        "'B801 200005001'  | space inside",
        "B\u066801200005001  | non-ASCII digit",
    })
    void malformedOrWrongUpnsAreInvalid(String upn, String why) {
        assertEquals(UpnKind.INVALID, Upn.classify(upn), why);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingUpnIsInvalidForTheCheckItself(String upn) {
        assertEquals(UpnKind.INVALID, Upn.classify(upn));
    }

    @ParameterizedTest
    @CsvSource({
        "B801200005001, true",
        "M80120000500A, true",
        "A801200005001, false",
        "b801200005001, false",
        "'', false",
    })
    void validatorAcceptsPermanentAndTemporaryUpnsOnly(String upn, boolean valid) {
        assertEquals(valid, new UpnValidator().isValid(upn, null));
    }

    @Test
    void validatorTreatsAnAbsentUpnAsValidBecauseTheFieldIsOptional() {
        assertTrue(new UpnValidator().isValid(null, null));
        assertFalse(Upn.isValid(null));
    }
}
