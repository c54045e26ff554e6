package ru.otklik.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.otklik.clients.TaxIdFixtures.innOfEntrepreneur;
import static ru.otklik.clients.TaxIdFixtures.innOfOrganisation;
import static ru.otklik.clients.TaxIdFixtures.ogrn;
import static ru.otklik.clients.TaxIdFixtures.ogrnip;
import static ru.otklik.clients.TaxIdFixtures.withWrongLastDigit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaxIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { TaxIdFixtures.SBERBANK_INN, TaxIdFixtures.YANDEX_INN, TaxIdFixtures.VTB_INN })
    void publishedInnsOfCompaniesAreValid(String inn) {
        assertThat(TaxIds.isValidInn(inn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { TaxIdFixtures.SBERBANK_OGRN, TaxIdFixtures.YANDEX_OGRN, TaxIdFixtures.VTB_OGRN })
    void publishedOgrnsOfCompaniesAreValid(String ogrn) {
        assertThat(TaxIds.isValidOgrn(ogrn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "500100732259", "773370857141" })
    void entrepreneursInnsWithBothControlDigitsAreValid(String inn) {
        assertThat(TaxIds.isValidInn(inn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "304500116000157", "304540707500034" })
    void ogrnipsAreValid(String ogrnip) {
        assertThat(TaxIds.isValidOgrn(ogrnip)).isTrue();
    }

    @Test
    void numbersComputedByTheAlgorithmAreValid() {
        for (String nine : new String[] { "540612345", "540200001", "771234567", "000000000" }) {
            assertThat(TaxIds.isValidInn(innOfOrganisation(nine))).as(nine).isTrue();
        }
        for (String ten : new String[] { "5406123456", "7712345678" }) {
            assertThat(TaxIds.isValidInn(innOfEntrepreneur(ten))).as(ten).isTrue();
        }
        for (String twelve : new String[] { "102540000001", "117547612345", "120770000000" }) {
            assertThat(TaxIds.isValidOgrn(ogrn(twelve))).as(twelve).isTrue();
        }
        for (String fourteen : new String[] { "30454070750003", "31554060000012" }) {
            assertThat(TaxIds.isValidOgrn(ogrnip(fourteen))).as(fourteen).isTrue();
        }
    }

    @Test
    void everyWrongControlDigitIsCaught() {
        String inn = TaxIdFixtures.SBERBANK_INN;
        for (int d = 0; d <= 9; d++) {
            String candidate = inn.substring(0, 9) + d;
            assertThat(TaxIds.isValidInn(candidate)).as(candidate).isEqualTo(candidate.equals(inn));
        }
        assertThat(TaxIds.isValidOgrn(withWrongLastDigit(TaxIdFixtures.SBERBANK_OGRN))).isFalse();
        assertThat(TaxIds.isValidOgrn(withWrongLastDigit("304500116000157"))).isFalse();
    }

    @Test
    void entrepreneursInnNeedsBothControlDigitsRight() {
        String inn = "500100732259";
        String wrongEleventh = inn.substring(0, 10) + (char) ('0' + (inn.charAt(10) - '0' + 1) % 10) + inn.charAt(11);
        assertThat(TaxIds.isValidInn(wrongEleventh)).isFalse();
        assertThat(TaxIds.isValidInn(withWrongLastDigit(inn))).isFalse();
    }

    @Test
    void swappedDigitsAreUsuallyCaught() {
        assertThat(TaxIds.isValidInn("7707038893")).isFalse();
        assertThat(TaxIds.isValidOgrn("1027700123195")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "770708389", "77070838931", "7707O83893", "770708389 3", "７７０７０８３８９３", "12345678901234" })
    void wrongLengthsAndNonDigitsAreNotInns(String value) {
        assertThat(TaxIds.isValidInn(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "102770013219", "10277001321950", "1027700132195 ", "102770013219X", "3045001160001570" })
    void wrongLengthsAndNonDigitsAreNotOgrns(String value) {
        assertThat(TaxIds.isValidOgrn(value)).isFalse();
    }

    @Test
    void nullIsNeitherInnNorOgrn() {
        assertThat(TaxIds.isValidInn(null)).isFalse();
        assertThat(TaxIds.isValidOgrn(null)).isFalse();
    }
}
