package org.papergraph.listing;

import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX helpers: a safe streaming parser, element text with inline markup stripped, errors with their line. */
final class XmlSupport {
    private static final XMLInputFactory FACTORY = factory();

    private XmlSupport() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        // Input comes from anywhere: no DTDs, no external entities (XXE, entity expansion).
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // One text event per text run, so element text is not split at entities or buffer ends.
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A streaming reader over the input, decoded as UTF-8 (both formats are UTF-8 only): decoding
     * ourselves gives exact lines for bad bytes, and stops the JDK parser printing them to stderr.
     */
    static XMLStreamReader open(InputStream in, String fileName) {
        try {
            return FACTORY.createXMLStreamReader(new StrictUtf8Reader(in));
        } catch (XMLStreamException e) {
            throw error(fileName, null, e);
        }
    }

    /**
     * The text inside the current start element, up to its end element, with any inline markup
     * (fixed-case, i, b, tex-math, url, ...) dropped and its text kept. Leaves the reader at the end element.
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE) text.append(r.getText());
        }
        return text.toString();
    }

    /** Skips the current element and everything inside it; leaves the reader at its end element. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The line of the reader's position (1 when unknown). */
    static long line(XMLStreamReader r) {
        return r == null ? 1 : Math.max(1, r.getLocation().getLineNumber());
    }

    /** A {@link ListingException} for a StAX error, with its line and a message without the parser's prefix. */
    static ListingException error(String fileName, XMLStreamReader r, XMLStreamException e) {
        Location at = e.getLocation();
        long line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : line(r);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) message = message.substring(cut + "Message: ".length());
        if (hasCause(e, CharacterCodingException.class))
            return new ListingException(fileName, line, "not UTF-8 text (binary file or wrong encoding)", e);
        String what;
        if (message.contains("Premature end of file")) what = "empty or truncated XML: ";
        else if (message.contains("must start and end within the same entity")) what = "truncated XML (unexpected end): ";
        else what = "malformed XML: ";
        return new ListingException(fileName, line, what + message.strip(), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null)
            if (type.isInstance(t)) return true;
        if (e instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != e.getCause())
            return hasCause(x.getNestedException(), type);
        return false;
    }
}
