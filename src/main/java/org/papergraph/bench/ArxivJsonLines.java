package org.papergraph.bench;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes a paper as one line of the arXiv metadata snapshot, with the snapshot's keys in its order. */
final class ArxivJsonLines {
    private static final JsonFactory JSON = new JsonFactory();

    private ArxivJsonLines() {}

    static void write(SyntheticPaper p, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("id", p.arxivId());
        g.writeStringField("submitter", p.authors().get(0).full());
        g.writeStringField("authors", String.join(", ", p.authors().stream().map(SyntheticPaper.Author::full).toList()));
        g.writeStringField("title", p.title());
        g.writeNullField("comments");
        g.writeNullField("journal-ref");
        g.writeStringField("doi", "10.48550/arXiv." + p.arxivId());
        g.writeNullField("report-no");
        g.writeStringField("categories", p.categories());
        g.writeStringField("license", "http://creativecommons.org/licenses/by/4.0/");
        g.writeStringField("abstract", "  " + p.abstractText() + "\n");
        g.writeArrayFieldStart("versions");
        g.writeStartObject();
        g.writeStringField("version", "v1");
        g.writeStringField("created", p.created());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("update_date", p.updateDate());
        g.writeArrayFieldStart("authors_parsed");
        for (SyntheticPaper.Author a : p.authors()) {
            g.writeStartArray();
            g.writeString(a.last());
            g.writeString(a.first());
            g.writeString("");
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }
}
