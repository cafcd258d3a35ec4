package org.papergraph.export;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link Network} as GEXF 1.3 (Gephi's format), streamed with StAX. */
final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {}

    static void write(Network net, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("papergraph");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            attributes(w, "node", new String[][] {{"type", "string"}, {"degree", "integer"}});
            attributes(w, "edge", new String[][] {{"relation", "string"}});
            w.writeStartElement("nodes");
            for (Network.NetNode n : net.nodes().values()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", n.label());
                values(w, new String[][] {{"type", n.type()}, {"degree", Integer.toString(n.degree())}});
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (Network.NetEdge e : net.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.relation());
                w.writeAttribute("weight", Double.toString(e.weight()));
                values(w, new String[][] {{"relation", e.relation()}});
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GEXF", e);
        }
    }

    /** Declares attributes; their ids are their names, so the values refer to them readably. */
    private static void attributes(XMLStreamWriter w, String forWhat, String[][] idAndType) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", forWhat);
        for (String[] a : idAndType) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a[0]);
            w.writeAttribute("title", a[0]);
            w.writeAttribute("type", a[1]);
        }
        w.writeEndElement();
    }

    private static void values(XMLStreamWriter w, String[][] forAndValue) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (String[] v : forAndValue) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", v[0]);
            w.writeAttribute("value", v[1]);
        }
        w.writeEndElement();
    }
}
