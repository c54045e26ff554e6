package ru.otklik.text.topic;

/** One entry of the §7 taxonomy: a topic and the typical client need within it. */
public record Topic(String code, String topic, String need) {
}
