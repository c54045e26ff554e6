package ru.otklik.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long ms = Instant.parse("2026-12-04T10:15:30.123Z").toEpochMilli();
        UUID id = TimeOrderedIds.at(ms);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(ms);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsTheDatabaseComparesThem() {
        // PostgreSQL compares uuids byte by byte, i.e. as unsigned hex strings
        String earlier = TimeOrderedIds.at(1_700_000_000_000L).toString();
        String later = TimeOrderedIds.at(1_700_000_000_001L).toString();
        String muchLater = TimeOrderedIds.at(4_000_000_000_000L).toString();
        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(muchLater);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(1_700_000_000_000L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
