package org.papergraph.listing;

import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.papergraph.paper.PaperSink;

/**
 * Reads an arXiv API response (export.arxiv.org/api/query): an Atom feed whose entries carry the
 * abs URL as id, title, summary, authors, dates, categories, links, and arXiv's DOI and journal reference.
 */
public final class ArxivAtomReader implements PaperReader {
    static final String SOURCE = "arxiv-atom";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";

    @Override
    public String formatName() { return SOURCE; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return text.startsWith("<") && text.contains("<feed") && text.contains(ATOM)
            && (text.contains(ARXIV) || text.contains("arxiv.org"));
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        XMLStreamReader r = XmlSupport.open(in, fileName);
        try {
            r.nextTag();
            if (!"feed".equals(r.getLocalName()) || !ATOM.equals(r.getNamespaceURI()))
                throw new ListingException(fileName, XmlSupport.line(r), "not an Atom feed: the root element is <" + r.getLocalName() + ">");
            while (r.next() != XMLStreamConstants.END_DOCUMENT)
                if (r.isStartElement() && "entry".equals(r.getLocalName()) && ATOM.equals(r.getNamespaceURI()))
                    entry(r, fileName, out);
            out.requireRecords(XmlSupport.line(r), "feed without entries");
        } catch (XMLStreamException e) {
            throw XmlSupport.error(fileName, r, e);
        }
    }

    private static void entry(XMLStreamReader r, String fileName, RecordEmitter out) throws XMLStreamException {
        long line = XmlSupport.line(r);
        MetadataBuilder meta = new MetadataBuilder(SOURCE);
        String id = null, title = null, summary = null;
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            String name = r.getLocalName();
            boolean atom = ATOM.equals(r.getNamespaceURI()), arxiv = ARXIV.equals(r.getNamespaceURI());
            if (atom && name.equals("id")) id = XmlSupport.text(r);
            else if (atom && name.equals("title")) title = XmlSupport.text(r);
            else if (atom && name.equals("summary")) summary = XmlSupport.text(r);
            else if (atom && name.equals("published")) meta.published(XmlSupport.text(r));
            else if (atom && name.equals("author")) meta.author(authorName(r));
            else if (atom && name.equals("category")) { meta.category(r.getAttributeValue(null, "term")); XmlSupport.skip(r); }
            else if (atom && name.equals("link")) { link(r, meta); XmlSupport.skip(r); }
            else if (arxiv && name.equals("primary_category")) { meta.primaryCategory(r.getAttributeValue(null, "term")); XmlSupport.skip(r); }
            else if (arxiv && name.equals("doi")) meta.doi(XmlSupport.text(r));
            else if (arxiv && name.equals("journal_ref")) meta.venue(XmlSupport.text(r));
            else XmlSupport.skip(r);
        }
        // The API reports a bad query as a feed with one "Error" entry: that is no paper, the whole response failed.
        if (id != null && id.contains("arxiv.org/api/errors"))
            throw new ListingException(fileName, line, "the arXiv API returned an error: " + Fields.text(summary));
        meta.arxivId(id);
        out.emit(line, out.label("arXiv", meta.arxivId()), title, summary, meta.build());
    }

    private static String authorName(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        while (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            if ("name".equals(r.getLocalName()) && ATOM.equals(r.getNamespaceURI())) name = XmlSupport.text(r);
            else XmlSupport.skip(r);   // arxiv:affiliation
        }
        return name;
    }

    /** Keeps the abstract page and the PDF; the DOI link duplicates arxiv:doi. */
    private static void link(XMLStreamReader r, MetadataBuilder meta) {
        String rel = r.getAttributeValue(null, "rel"), title = r.getAttributeValue(null, "title");
        if ("alternate".equals(rel) || "pdf".equals(title)) meta.link(r.getAttributeValue(null, "href"));
    }
}
