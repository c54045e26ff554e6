package ru.otklik.clients;

/**
 * Russian taxpayer and state-registration numbers with their control digits, as the Federal Tax
 * Service computes them: ИНН of an organisation (10 digits) or of an individual, e.g. an
 * entrepreneur (12), ОГРН (13) and ОГРНИП (15). Pure functions, so they are cheap to test.
 */
public final class TaxIds {

    private static final int[] INN10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
    private static final int[] INN12_FIRST = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
    private static final int[] INN12_SECOND = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

    private TaxIds() {
    }

    public static boolean isValidInn(String inn) {
        if (!digits(inn)) {
            return false;
        }
        return switch (inn.length()) {
            case 10 -> innControl(inn, INN10) == digit(inn, 9);
            case 12 -> innControl(inn, INN12_FIRST) == digit(inn, 10) && innControl(inn, INN12_SECOND) == digit(inn, 11);
            default -> false;
        };
    }

    /** ОГРН (13 digits, remainder by 11) or ОГРНИП (15 digits, remainder by 13); the last digit of the remainder controls. */
    public static boolean isValidOgrn(String ogrn) {
        if (!digits(ogrn)) {
            return false;
        }
        return switch (ogrn.length()) {
            case 13 -> Long.parseLong(ogrn.substring(0, 12)) % 11 % 10 == digit(ogrn, 12);
            case 15 -> Long.parseLong(ogrn.substring(0, 14)) % 13 % 10 == digit(ogrn, 14);
            default -> false;
        };
    }

    /** The control digit for the digits before it, weighted as given: weighted sum mod 11, then mod 10. */
    static int innControl(String inn, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(inn, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    private static boolean digits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
