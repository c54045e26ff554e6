package ru.otklik.text.abuse;

/** What §9 makes a message inadmissible for, from least to most serious. */
public enum AbuseCategory {
    NONE, OBSCENE, INSULT, THREAT
}
