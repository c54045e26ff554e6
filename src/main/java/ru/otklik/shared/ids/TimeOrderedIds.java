package ru.otklik.shared.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for rows written all the time and kept for years (messages, notices): UUID version 7
 * (RFC 9562), a millisecond timestamp followed by 74 random bits. New ids sort after older
 * ones, so every index on them grows at its right edge, where the pages are already in memory;
 * random ids would touch a random page of each index per insert, which gets slower as the
 * tables outgrow the database's cache. The random part keeps them unguessable.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        long randA = RANDOM.nextInt() & 0x0FFFL;
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randA;
        long lsb = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
