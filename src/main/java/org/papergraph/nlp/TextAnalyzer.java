package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

import org.papergraph.paper.Paper;
import org.papergraph.paper.Section;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Sentence detection, tokenization, UD POS tagging and lemmatization. Not thread-safe: one per thread. */
public final class TextAnalyzer {
    private final SentenceDetectorME sentences;
    /** The stock tokenizer, for the benchmark's floor. */
    private final TokenizerME tokenizer;
    /** The same tokenizer behind a memo of its splits: same tokens, a fraction of the model evaluations. */
    private final MemoizedTokenizer memoizedTokenizer;
    /** The stock tagger, for the benchmark's floor. */
    private final POSTaggerME tagger;
    /** The same tagger with a beam search that does not sort: same tags, less work. */
    private final POSTaggerME beamTagger;
    /** Tokens and tags to lemmas: the memoized lemmatizer where the model allows, else OpenNLP's own. */
    private final BinaryOperator<String[]> lemmatizer;

    TextAnalyzer(NlpModels models) {
        sentences = new SentenceDetectorME(models.sentenceModel);
        tokenizer = new TokenizerME(models.tokenizerModel);
        memoizedTokenizer = new MemoizedTokenizer(new TokenizerME(models.tokenizerModel), models.tokenMemo);
        tagger = new POSTaggerME(models.posModel, POSTagFormat.UD);
        beamTagger = BeamPosTagger.supports(models.posModel) ? new BeamPosTagger(models.posModel, POSTagFormat.UD) : tagger;
        lemmatizer = MemoizedLemmatizer.supports(models.lemmatizerModel)
            ? new MemoizedLemmatizer(models.lemmatizerModel, models.lemmaMemo)::lemmatize
            : new LemmatizerME(models.lemmatizerModel)::lemmatize;
    }

    /** The share of lemmatizer model evaluations the shared memo answered since the last reset. */
    public static double lemmaMemoHitRate() {
        long lookups = OutcomeMemo.ALL_LOOKUPS.sum();
        return lookups == 0 ? 0 : (double) OutcomeMemo.ALL_HITS.sum() / lookups;
    }

    /** Restarts the counts of {@link #lemmaMemoHitRate()}. */
    public static void resetLemmaMemoStats() {
        OutcomeMemo.ALL_LOOKUPS.reset();
        OutcomeMemo.ALL_HITS.reset();
    }

    /** Analyses title and abstract. */
    public AnnotatedPaper analyze(Paper paper) {
        return new AnnotatedPaper(paper, analyze(Section.TITLE, paper.title()), analyze(Section.ABSTRACT, paper.abstractText()));
    }

    /** Analyses one text; the title is taken as one sentence. */
    public AnnotatedText analyze(Section section, String text) {
        Span[] spans = section == Section.TITLE ? new Span[] {new Span(0, text.length())} : sentences.sentPosDetect(text);
        List<Sentence> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            String sentenceText = text.substring(s.getStart(), s.getEnd());
            out.add(sentence(sentenceText, s.getStart()));
        }
        return new AnnotatedText(section, text, out);
    }

    /**
     * The benchmark's NLP floor: sentences, tokens and POS tags by OpenNLP's ME classes as shipped
     * (no lemmas, no memo); returns the number of tokens.
     */
    public int tagOnly(String text) { return tagOnly(text, tokenizer::tokenizePos, tagger); }

    /** The same floor with the pipeline's own tokenizer and tagger (same tokens and tags, less work). */
    public int tagOnlyOwnNlp(String text) { return tagOnly(text, memoizedTokenizer::tokenizePos, beamTagger); }

    private int tagOnly(String text, java.util.function.Function<String, Span[]> tokenize, POSTaggerME posTagger) {
        int n = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            String[] tokens = Span.spansToStrings(FinalStop.detach(ClosingBrackets.detach(tokenize.apply(sentence), sentence), sentence), sentence);
            posTagger.tag(tokens);
            n += tokens.length;
        }
        return n;
    }

    private Sentence sentence(String text, int offset) {
        Span[] tokenSpans = FinalStop.detach(ClosingBrackets.detach(memoizedTokenizer.tokenizePos(text), text), text);
        String[] words = Span.spansToStrings(tokenSpans, text);
        String[] tags = beamTagger.tag(words);
        String[] lemmas = lemmatizer.apply(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i];
            tokens.add(new Token(words[i], offset + tokenSpans[i].getStart(), offset + tokenSpans[i].getEnd(), tags[i], lemma));
        }
        return new Sentence(offset, offset + text.length(), text, tokens);
    }
}
