package org.papergraph.listing;

import java.io.InputStream;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.papergraph.paper.PaperSink;

/**
 * Reads an ACL Anthology collection file (data/xml/*.xml of the acl-anthology repository):
 * {@code collection/volume/paper}, with the venue from {@code volume/meta/booktitle}. Titles and
 * abstracts carry inline markup (fixed-case, i, b, tex-math, url) that is reduced to plain text.
 */
public final class AclXmlReader implements PaperReader {
    static final String SOURCE = "acl-xml";
    static final String ANTHOLOGY = "https://aclanthology.org/";
    private static final Pattern COLLECTION = Pattern.compile("<collection\\s+id=");

    @Override
    public String formatName() { return SOURCE; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return text.startsWith("<") && COLLECTION.matcher(text).find();
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        XMLStreamReader r = XmlSupport.open(in, fileName);
        try {
            r.nextTag();
            if (!"collection".equals(r.getLocalName()))
                throw new ListingException(fileName, XmlSupport.line(r), "not an ACL Anthology file: the root element is <" + r.getLocalName() + ">");
            String collection = r.getAttributeValue(null, "id");
            while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
                if ("volume".equals(r.getLocalName())) volume(r, collection, out);
                else XmlSupport.skip(r);   // events and other collection-level elements
            }
            out.requireRecords(XmlSupport.line(r), "collection without papers");
        } catch (XMLStreamException e) {
            throw XmlSupport.error(fileName, r, e);
        }
    }

    private static void volume(XMLStreamReader r, String collection, RecordEmitter out) throws XMLStreamException {
        AclVolume volume = new AclVolume(collection, r.getAttributeValue(null, "id"));
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("meta")) meta(r, volume);
            else if (name.equals("paper")) paper(r, volume, out);
            else XmlSupport.skip(r);   // frontmatter is no paper
        }
    }

    private static void meta(XMLStreamReader r, AclVolume volume) throws XMLStreamException {
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            switch (r.getLocalName()) {
                case "booktitle" -> volume.booktitle = Fields.text(XmlSupport.text(r));
                case "year" -> volume.year = Fields.text(XmlSupport.text(r));
                case "month" -> volume.month = Fields.text(XmlSupport.text(r));
                default -> XmlSupport.skip(r);
            }
        }
    }

    private static void paper(XMLStreamReader r, AclVolume volume, RecordEmitter out) throws XMLStreamException {
        long line = XmlSupport.line(r);
        String id = volume.paperId(r.getAttributeValue(null, "id"));
        MetadataBuilder meta = new MetadataBuilder(SOURCE).venue(volume.booktitle).published(volume.date());
        String title = null, abstractText = null;
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            switch (r.getLocalName()) {
                case "title" -> title = XmlSupport.text(r);
                case "abstract" -> abstractText = XmlSupport.text(r);
                case "author" -> meta.author(authorName(r));
                case "doi" -> meta.doi(XmlSupport.text(r));
                case "url" -> meta.link(url(XmlSupport.text(r)));
                case "pwccode" -> { meta.link(r.getAttributeValue(null, "url")); XmlSupport.skip(r); }
                default -> XmlSupport.skip(r);   // pages, bibkey, video, attachment, ...
            }
        }
        if (id != null) meta.link(ANTHOLOGY + id);
        out.emit(line, out.label("ACL", id), title, abstractText, meta.build());
    }

    private static String authorName(XMLStreamReader r) throws XMLStreamException {
        String first = "", last = "";
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            switch (r.getLocalName()) {
                case "first" -> first = XmlSupport.text(r);
                case "last" -> last = XmlSupport.text(r);
                default -> XmlSupport.skip(r);   // affiliation, variant
            }
        }
        return first + " " + last;
    }

    /** The url element holds an Anthology id ("2020.acl-main.1"), which points at the PDF, or a full URL. */
    private static String url(String raw) {
        String u = Fields.nonBlank(raw);
        if (u == null || u.contains("://")) return u;
        return ANTHOLOGY + u + ".pdf";
    }
}
