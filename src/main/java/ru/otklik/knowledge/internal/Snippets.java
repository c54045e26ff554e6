package ru.otklik.knowledge.internal;

/**
 * Turns a search snippet whose hits are marked with U+0002 … U+0003 into HTML where everything is
 * escaped and only {@code <mark>} is markup, so a client can show it without trusting the text.
 */
public final class Snippets {

    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    private Snippets() {
    }

    public static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r', '\t' -> html.append(' ');
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().replaceAll(" {2,}", " ").strip();
    }
}
