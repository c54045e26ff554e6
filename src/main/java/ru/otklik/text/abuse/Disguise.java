package ru.otklik.text.abuse;

/** How a word was disguised before it could be read (§9 evidence: staff see why a word matched). */
public enum Disguise {
    /** Written plainly. */
    NONE,
    /** Latin letters, digits or symbols that look like Cyrillic ones (x→х, 0→о, @→а). */
    LOOKALIKE,
    /** Letters split by dots, hyphens or similar (х.у.й). */
    SEPARATORS,
    /** Letters replaced by asterisks, percent signs or dots (х*й, е..ный). */
    MASK,
    /** One letter per word (х у й). */
    SPACED,
    /** Written in Latin transliteration (pizdec). */
    TRANSLIT
}
