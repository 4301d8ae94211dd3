package dev.rubric.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds HTML (and inline SVG) so that every piece of document text goes through one escaping
 * function: text and attribute values are always escaped, and only markup written in this
 * code base enters through {@link #trusted}. A design doc containing {@code <script>} is shown
 * as those characters, never run.
 */
final class HtmlBuilder {
    private final StringBuilder html = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} alternate name, value (values escaped, null skips the pair). */
    HtmlBuilder open(String tag, String... attributes) {
        startTag(tag, attributes);
        html.append('>');
        open.push(tag);
        return this;
    }

    HtmlBuilder close() {
        html.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** An element with no content and no end tag (meta, br) or a self-closing SVG shape. */
    HtmlBuilder empty(String tag, String... attributes) {
        startTag(tag, attributes);
        html.append(isVoidHtml(tag) ? ">" : "/>");
        return this;
    }

    HtmlBuilder text(String text) {
        html.append(escape(text));
        return this;
    }

    /** Markup from this code base (the style sheet, the doctype); never document text. */
    HtmlBuilder trusted(String markup) {
        html.append(markup);
        return this;
    }

    HtmlBuilder newline() {
        html.append('\n');
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed elements: " + open);
        return html.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        html.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private static boolean isVoidHtml(String tag) {
        return switch (tag) {
            case "meta", "br", "hr", "img", "link", "input" -> true;
            default -> false;
        };
    }

    /** Escapes for both text and double-quoted attribute values; drops NUL, which HTML forbids. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
