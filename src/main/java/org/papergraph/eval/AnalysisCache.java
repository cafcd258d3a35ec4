package org.papergraph.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Paper;
import org.papergraph.paper.Section;

/**
 * OpenNLP analyses kept on disk between runs of the developer loop, keyed by section and text.
 * The analysis is deterministic and dominates the build time, while recognition rules change
 * every iteration; so the loop analyses each text once. A dev tool only: builds never use it.
 */
final class AnalysisCache {
    private final Map<String, AnnotatedText> texts = new HashMap<>();
    private final TextAnalyzer analyzer;
    private boolean changed;

    AnalysisCache(TextAnalyzer analyzer) { this.analyzer = analyzer; }

    /** The paper analysed, from the cache when its texts were seen before. */
    AnnotatedPaper analyze(Paper paper) {
        return new AnnotatedPaper(paper, text(Section.TITLE, paper.title()), text(Section.ABSTRACT, paper.abstractText()));
    }

    private AnnotatedText text(Section section, String text) {
        return texts.computeIfAbsent(section.name() + "\u0000" + text, k -> {
            changed = true;
            return analyzer.analyze(section, text);
        });
    }

    /** Loads a cache file written by {@link #save}; a missing file is an empty cache. */
    void load(Path file) {
        if (!Files.exists(file)) return;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] head = line.split("\t", 3);
                Section section = Section.valueOf(head[0]);
                int nSentences = Integer.parseInt(head[1]);
                String text = unescape(head[2]);
                List<Sentence> sentences = new ArrayList<>(nSentences);
                for (int i = 0; i < nSentences; i++) {
                    String[] s = in.readLine().split("\t");
                    int start = Integer.parseInt(s[0]), end = Integer.parseInt(s[1]), n = Integer.parseInt(s[2]);
                    List<Token> tokens = new ArrayList<>(n);
                    for (int j = 0; j < n; j++) {
                        String[] t = in.readLine().split("\t", -1);
                        tokens.add(new Token(unescape(t[0]), Integer.parseInt(t[1]), Integer.parseInt(t[2]), t[3], unescape(t[4])));
                    }
                    sentences.add(new Sentence(start, end, text.substring(start, end), tokens));
                }
                texts.put(section.name() + "\u0000" + text, new AnnotatedText(section, text, sentences));
            }
        } catch (IOException | RuntimeException e) {
            texts.clear();   // a stale or broken cache is only a slower run
        }
        changed = false;
    }

    /** Writes the cache if anything new was analysed. */
    void save(Path file) {
        if (!changed) return;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (AnnotatedText t : texts.values()) {
                out.write(t.section().name() + "\t" + t.sentences().size() + "\t" + escape(t.text()) + "\n");
                for (Sentence s : t.sentences()) {
                    out.write(s.start() + "\t" + s.end() + "\t" + s.tokens().size() + "\n");
                    for (Token k : s.tokens())
                        out.write(escape(k.text()) + "\t" + k.start() + "\t" + k.end() + "\t" + k.tag() + "\t" + escape(k.lemma()) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }
}
