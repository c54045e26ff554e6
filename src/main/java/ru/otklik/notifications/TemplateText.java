package ru.otklik.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A template text with named placeholders, {@code {registrationNumber}}. Braces are reserved for
 * placeholders, so a stray brace is a mistake reported with its position, never sent as is.
 */
public final class TemplateText {

    /** Compiled once: every notice parses its template. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private final String source;
    private final List<Object> parts;

    private TemplateText(String source, List<Object> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** A placeholder written wrongly or a brace without its pair. */
    public static final class MalformedException extends IllegalArgumentException {
        private final int position;

        MalformedException(String message, int position) {
            super(message);
            this.position = position;
        }

        /** 1-based character position, as an editor shows it. */
        public int position() {
            return position;
        }
    }

    private record Placeholder(String name) {
    }

    public static TemplateText parse(String source) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '}') {
                throw new MalformedException("Закрывающая фигурная скобка без открывающей (символ " + (i + 1) + ")", i + 1);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int end = source.indexOf('}', i + 1);
            int nextOpen = source.indexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                throw new MalformedException("Подстановка без закрывающей скобки (символ " + (i + 1) + ")", i + 1);
            }
            String name = source.substring(i + 1, end);
            if (!NAME.matcher(name).matches()) {
                throw new MalformedException("Неверное имя подстановки «{" + name + "}» (символ " + (i + 1)
                        + "): допустимы латинские буквы и цифры, например {registrationNumber}", i + 1);
            }
            if (!literal.isEmpty()) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(new Placeholder(name));
            i = end + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return new TemplateText(source, List.copyOf(parts));
    }

    public String source() {
        return source;
    }

    /** Placeholder names in the order they first appear. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                names.add(p.name());
            }
        }
        return names;
    }

    /** Placeholders that {@code values} leaves without a usable (non-blank) value. */
    public Set<String> missing(Map<String, String> values) {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : placeholders()) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Fills every placeholder; callers check {@link #missing} first, so a gap here is a bug. */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                String value = values.get(p.name());
                if (value == null || value.isBlank()) {
                    throw new IllegalStateException("No value for {" + p.name() + "}");
                }
                out.append(value);
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }
}
