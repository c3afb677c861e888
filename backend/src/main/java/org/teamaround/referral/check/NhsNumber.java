package org.teamaround.referral.check;

/** The NHS number Modulus 11 check, on exactly 10 digits: the API asks for digits only, without spaces. */
public final class NhsNumber {

    private static final int LENGTH = 10;

    private NhsNumber() {
    }

    /** Digits 1–9 weighted 10 down to 2; the check digit is 11 minus the remainder mod 11 (11 is 0, 10 never valid). */
    public static boolean isValid(String nhs) {
        if (nhs == null || nhs.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = nhs.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < LENGTH - 1) {
                sum += (c - '0') * (LENGTH - i);
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        // a check of 10 matches no digit, so those numbers are never valid
        return check == nhs.charAt(LENGTH - 1) - '0';
    }
}
