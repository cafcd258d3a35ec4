package org.papergraph.listing;

import java.io.InputStream;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.papergraph.paper.PaperSink;

/**
 * Reads the Papers with Code dump papers-with-abstracts.json: a JSON array of papers with title,
 * abstract, authors, date, arXiv id, links, and the curated tasks and methods.
 */
public final class PwcReader implements PaperReader {
    static final String SOURCE = "pwc";
    private static final Pattern PWC_KEY = Pattern.compile("\"(?:paper_url|arxiv_id|url_abs)\"\\s*:");

    @Override
    public String formatName() { return SOURCE; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return text.startsWith("[") && PWC_KEY.matcher(text).find();
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        JsonSupport.forEachInArray(in, fileName, (paper, line) -> record(paper, line, out));
        out.requireRecords(1, "empty JSON array");
    }

    private static void record(JsonNode paper, long line, RecordEmitter out) {
        if (!paper.isObject()) {
            out.bad(line, out.label("arXiv", null), "not a JSON object");
            return;
        }
        String urlAbs = JsonSupport.text(paper, "url_abs");
        MetadataBuilder meta = new MetadataBuilder(SOURCE).arxivId(JsonSupport.text(paper, "arxiv_id"));
        if (meta.arxivId() == null && urlAbs != null && urlAbs.contains("arxiv.org/abs/")) meta.arxivId(urlAbs);
        JsonSupport.strings(paper, "authors", "name").forEach(meta::author);
        meta.published(JsonSupport.text(paper, "date")).venue(JsonSupport.text(paper, "proceeding"));
        meta.link(JsonSupport.text(paper, "paper_url")).link(urlAbs).link(JsonSupport.text(paper, "url_pdf"));
        JsonSupport.strings(paper, "tasks", "name").forEach(meta::task);
        // Methods are objects in the dump; name is the short canonical form the linker matches ("LSTM").
        JsonSupport.strings(paper, "methods", "name", "full_name").forEach(meta::method);
        String id = meta.arxivId() != null ? meta.arxivId() : Fields.nonBlank(JsonSupport.text(paper, "paper_url"));
        String label = out.label(meta.arxivId() != null ? "arXiv" : "paper", id);
        out.emit(line, label, JsonSupport.text(paper, "title"), JsonSupport.text(paper, "abstract"), meta.build());
    }
}
