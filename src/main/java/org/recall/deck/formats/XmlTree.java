package org.recall.deck.formats;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree of an XML file, each element with the line it starts on (for error messages),
 * read with StAX so that no DTD is ever processed and no external entity resolved: an uploaded file
 * with a DOCTYPE is refused (XXE, billion laughs). Text of CDATA sections and entity references of XML
 * itself (&amp;amp; and character references) is decoded by the parser.
 */
record XmlTree(String name, Map<String, String> attributes, List<XmlTree> children, String text, int line) {

    /** A file that is not well-formed XML, or declares a DTD. */
    static final class Refused extends Exception {
        final int line;

        Refused(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static XmlTree parse(byte[] xml) throws Refused {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // OWASP XXE Prevention Cheat Sheet, StAX: no DTDs at all, hence no entities to expand or fetch.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<Builder> open = new ArrayDeque<>();
            Builder root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new Refused("declares a DTD (<!DOCTYPE>), which Recall does not"
                            + " read: remove it", reader.getLocation().getLineNumber());
                    case XMLStreamConstants.START_ELEMENT -> {
                        Builder element = new Builder(reader.getLocalName(), reader.getLocation().getLineNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> { }
                }
            }
            if (root == null) {
                throw new Refused("has no XML element", 1);
            }
            return root.build();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
            String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[.*?]\\s*Message:\\s*", "");
            throw new Refused("is not well-formed XML: " + detail.strip(), line);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written: nothing to lose
                }
            }
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Builder> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        XmlTree build() {
            return new XmlTree(name, Map.copyOf(attributes), children.stream().map(Builder::build).toList(),
                    text.toString(), line);
        }
    }

    String attribute(String attribute) {
        return attributes.get(attribute);
    }

    List<XmlTree> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    Optional<XmlTree> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    /** The text of a child's {@code <text>} (Moodle's text fields: {@code <questiontext><text>…</text>}), or "". */
    String textOf(String child) {
        return first(child).map(c -> c.first("text").map(XmlTree::text).orElse(c.text)).orElse("").strip();
    }
}
