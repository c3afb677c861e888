package org.teamaround.referral.check;

/**
 * The DfE Unique Pupil Number check, exactly as typed: upper-case only, so lower case is {@link UpnKind#INVALID}
 * and the API asks the user to correct it rather than guessing.
 */
public final class Upn {

    /** Check letters by remainder 0–22; I, O and S are never used. */
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final int LENGTH = 13;

    private Upn() {
    }

    /**
     * Characters 2–12 are digits (LA, establishment, year, serial); character 13 is a digit for a permanent UPN or a
     * check-table letter for a temporary one; character 1 is the check letter over characters 2–13 weighted 2–13.
     */
    public static UpnKind classify(String upn) {
        if (upn == null || upn.length() != LENGTH) {
            return UpnKind.INVALID;
        }
        int sum = 0;
        for (int position = 2; position < LENGTH; position++) {
            char c = upn.charAt(position - 1);
            if (!isAsciiDigit(c)) {
                return UpnKind.INVALID;
            }
            sum += (c - '0') * position;
        }
        char last = upn.charAt(LENGTH - 1);
        UpnKind kind;
        if (isAsciiDigit(last)) {
            kind = UpnKind.PERMANENT;
            sum += (last - '0') * LENGTH;
        } else if (CHECK_LETTERS.indexOf(last) >= 0) {
            kind = UpnKind.TEMPORARY;
            sum += CHECK_LETTERS.indexOf(last) * LENGTH;
        } else {
            return UpnKind.INVALID;
        }
        return upn.charAt(0) == CHECK_LETTERS.charAt(sum % 23) ? kind : UpnKind.INVALID;
    }

    /** True for a permanent or temporary UPN. */
    public static boolean isValid(String upn) {
        return classify(upn) != UpnKind.INVALID;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
