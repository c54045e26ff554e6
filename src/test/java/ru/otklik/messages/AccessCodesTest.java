package ru.otklik.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodesTest {

    @Test
    void codesUseOnlyCharactersThatCannotBeMisread() {
        for (int i = 0; i < 200; i++) {
            assertThat(AccessCodes.generate()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(AccessCodes.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void storedValueIsSaltedSoTheSameCodeNeverHashesAlike() {
        String first = AccessCodes.hash("7KQ2MX9RTA");
        String second = AccessCodes.hash("7KQ2MX9RTA");
        assertThat(first).isNotEqualTo(second).doesNotContain("7KQ2MX9RTA").startsWith("sha256$");
        assertThat(AccessCodes.matches("7KQ2MX9RTA", first)).isTrue();
        assertThat(AccessCodes.matches("7KQ2MX9RTA", second)).isTrue();
    }

    @Test
    void codeTypedInLowerCaseOrWithSpacesAndDashesStillMatches() {
        String stored = AccessCodes.hash("7KQ2MX9RTA");
        assertThat(AccessCodes.matches("7kq2-mx9 rta", stored)).isTrue();
    }

    @Test
    void anyOtherCodeOrAMissingHashDoesNot() {
        String stored = AccessCodes.hash("7KQ2MX9RTA");
        assertThat(AccessCodes.matches("7KQ2MX9RTB", stored)).isFalse();
        assertThat(AccessCodes.matches("", stored)).isFalse();
        assertThat(AccessCodes.matches("7KQ2MX9RTA", null)).isFalse();
        assertThat(AccessCodes.matches("7KQ2MX9RTA", "md5$x$y")).isFalse();
    }
}
