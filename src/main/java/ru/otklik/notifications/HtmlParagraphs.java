package ru.otklik.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain template text into HTML paragraphs: escaped, line breaks kept, links clickable —
 * a rating link that cannot be clicked is a rating that is not given.
 */
public final class HtmlParagraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)»]");

    private HtmlParagraphs() {
    }

    public static List<String> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text.strip())) {
            if (!block.isBlank()) {
                paragraphs.add(linkify(block.strip()).replace("\n", "<br/>"));
            }
        }
        return paragraphs;
    }

    private static String linkify(String block) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(block);
        int last = 0;
        while (m.find()) {
            out.append(escape(block.substring(last, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        out.append(escape(block.substring(last)));
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
