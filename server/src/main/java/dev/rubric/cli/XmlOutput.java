package dev.rubric.cli;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written through {@link XMLStreamWriter}, which does the escaping.
 * Two things the stream writer leaves to its caller are handled here: indentation (CI servers
 * show these files to people) and characters XML 1.0 cannot carry at all (a control character
 * pasted into a heading would otherwise make the whole report unparseable).
 */
final class XmlOutput implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final XMLStreamWriter xml;
    private int depth;
    /** Whether the element just opened has had a child element, so its end tag goes on its own line. */
    private boolean hadChild;

    XmlOutput(Writer out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput start(String name) {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        depth++;
        hadChild = false;
        return this;
    }

    /** An element with no content ({@code <property name=".." value=".."/>}); attributes may follow. */
    XmlOutput empty(String name) {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        hadChild = true;
        return this;
    }

    XmlOutput attribute(String name, Object value) {
        try {
            xml.writeAttribute(name, legal(String.valueOf(value)));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Text content of the open element; an element with text is closed on the same line. */
    XmlOutput text(String text) {
        try {
            xml.writeCharacters(legal(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput end() {
        depth--;
        try {
            if (hadChild) xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        hadChild = true;
        return this;
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces what XML 1.0 forbids with U+FFFD: control characters other than tab, newline and
     * carriage return, unpaired surrogates, and U+FFFE/U+FFFF.
     */
    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
