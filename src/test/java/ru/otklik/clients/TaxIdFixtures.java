package ru.otklik.clients;

/**
 * Valid INN and OGRN computed the way the Federal Tax Service does, so tests need not rely on
 * copied numbers alone; and well-known published numbers of real companies.
 */
public final class TaxIdFixtures {

    /** ПАО Сбербанк, as printed in its public registration data. */
    public static final String SBERBANK_INN = "7707083893";
    public static final String SBERBANK_OGRN = "1027700132195";
    /** ООО «Яндекс». */
    public static final String YANDEX_INN = "7736207543";
    public static final String YANDEX_OGRN = "1027700229193";
    /** Банк ВТБ (ПАО). */
    public static final String VTB_INN = "7702070139";
    public static final String VTB_OGRN = "1027739609391";

    private static int sequence = 100;

    private TaxIdFixtures() {
    }

    public static String innOfOrganisation(String firstNine) {
        return firstNine + control(firstNine, 2, 4, 10, 3, 5, 9, 4, 6, 8);
    }

    public static String innOfEntrepreneur(String firstTen) {
        String eleven = firstTen + control(firstTen, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
        return eleven + control(eleven, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
    }

    public static String ogrn(String firstTwelve) {
        return firstTwelve + Long.parseLong(firstTwelve) % 11 % 10;
    }

    public static String ogrnip(String firstFourteen) {
        return firstFourteen + Long.parseLong(firstFourteen) % 13 % 10;
    }

    /** A fresh organisation's INN on each call (Novosibirsk Oblast prefix 54), so tests never collide. */
    public static String uniqueOrganisationInn() {
        String nine = "54" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        return innOfOrganisation(nine);
    }

    /** The same number with its last digit changed, which breaks the control digit. */
    public static String withWrongLastDigit(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static int control(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }
}
