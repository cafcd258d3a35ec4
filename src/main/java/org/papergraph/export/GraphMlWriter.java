package org.papergraph.export;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link Network} as GraphML (http://graphml.graphdrawing.org/), streamed with StAX. */
final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    static void write(Network net, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "type", "node", "string");
            key(w, "label", "node", "string");
            key(w, "degree", "node", "int");
            key(w, "relation", "edge", "string");
            key(w, "weight", "edge", "double");
            w.writeStartElement("graph");
            w.writeAttribute("id", "papergraph");
            w.writeAttribute("edgedefault", "directed");
            for (Network.NetNode n : net.nodes().values()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                data(w, "type", n.type());
                data(w, "label", n.label());
                data(w, "degree", Integer.toString(n.degree()));
                w.writeEndElement();
            }
            int i = 0;
            for (Network.NetEdge e : net.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "relation", e.relation());
                data(w, "weight", Double.toString(e.weight()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
    }

    private static void key(XMLStreamWriter w, String name, String forWhat, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
