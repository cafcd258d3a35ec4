package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.papergraph.listing.PaperInputs;

/**
 * The pieces synthetic papers are recombined from, taken from the bundled corpus: title bodies,
 * abstract sentences (opening, middle, closing) and the names papers give their contributions.
 */
final class CorpusPool {
    /** A sentence and the name its paper proposed ("SegFace") as a whole-word pattern, or null, so a copy can name another contribution. */
    record PooledSentence(String text, Pattern ownName) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    private static final Pattern NAME_PREFIX = Pattern.compile("^([^:]{2,40}?)\\s*:\\s+(.+)$");
    /** Titles with a longer body would exceed what listing readers take for a title. */
    private static final int MAX_BODY = 200;

    final List<String> titleBodies = new ArrayList<>();
    final List<PooledSentence> openings = new ArrayList<>();
    final List<PooledSentence> middles = new ArrayList<>();
    final List<PooledSentence> closings = new ArrayList<>();

    private static CorpusPool bundled;

    /** The pool of the bundled corpus, read once. */
    static synchronized CorpusPool bundled() {
        if (bundled == null) {
            CorpusPool pool = new CorpusPool();
            PaperInputs.readBundled(p -> pool.add(p.title(), p.abstractText()));
            bundled = pool;
        }
        return bundled;
    }

    private void add(String title, String abstractText) {
        var m = NAME_PREFIX.matcher(title);
        String ownName = m.matches() && m.group(1).split(" ").length <= 3 ? m.group(1) : null;
        String body = ownName != null ? m.group(2) : title;
        if (body.length() <= MAX_BODY) titleBodies.add(body);
        Pattern namePattern = ownName == null ? null : Pattern.compile("(?<![\\w-])" + Pattern.quote(ownName) + "(?!\\w)");
        String[] sentences = SENTENCE_END.split(abstractText.strip());
        for (int i = 0; i < sentences.length; i++) {
            PooledSentence s = new PooledSentence(sentences[i], namePattern);
            if (i == 0) openings.add(s);
            else if (i == sentences.length - 1) closings.add(s);
            else middles.add(s);
        }
    }
}
