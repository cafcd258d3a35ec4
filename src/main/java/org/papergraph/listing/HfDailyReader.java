package org.papergraph.listing;

import java.io.InputStream;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.papergraph.paper.PaperSink;

/**
 * Reads the Hugging Face daily papers API (api/daily_papers): a JSON array of entries, each with
 * a {@code paper} object carrying the arXiv id, title, summary, authors, date and code/project links.
 */
public final class HfDailyReader implements PaperReader {
    static final String SOURCE = "hf-daily";
    private static final Pattern PAPER_OBJECT = Pattern.compile("\"paper\"\\s*:\\s*\\{");

    @Override
    public String formatName() { return SOURCE; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return text.startsWith("[") && PAPER_OBJECT.matcher(text).find();
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        JsonSupport.forEachInArray(in, fileName, (entry, line) -> record(entry, line, out));
        out.requireRecords(1, "empty JSON array");
    }

    private static void record(JsonNode entry, long line, RecordEmitter out) {
        JsonNode paper = entry.path("paper");
        if (!paper.isObject()) {
            out.bad(line, out.label("arXiv", null), "entry without a \"paper\" object");
            return;
        }
        MetadataBuilder meta = new MetadataBuilder(SOURCE).arxivId(JsonSupport.text(paper, "id"));
        for (JsonNode author : paper.path("authors")) meta.author(JsonSupport.text(author, "name"));
        // The paper's own date is the arXiv publication; the entry's is when it was featured.
        meta.published(JsonSupport.text(paper, "publishedAt")).published(JsonSupport.text(entry, "publishedAt"));
        meta.link(JsonSupport.text(paper, "githubRepo")).link(JsonSupport.text(paper, "projectPage"));
        String title = firstNonBlank(JsonSupport.text(paper, "title"), JsonSupport.text(entry, "title"));
        String summary = firstNonBlank(JsonSupport.text(paper, "summary"), JsonSupport.text(entry, "summary"));
        out.emit(line, out.label("arXiv", meta.arxivId()), title, summary, meta.build());
    }

    private static String firstNonBlank(String a, String b) {
        return Fields.nonBlank(a) != null ? a : b;
    }
}
