package org.papergraph.nlp;

/**
 * One token with its character offsets in the section text, its Universal Dependencies POS tag
 * (NOUN, PROPN, ADJ, VERB, ...) and its lemma.
 */
public record Token(String text, int start, int end, String tag, String lemma) {
    public boolean isNoun() { return tag.equals("NOUN") || tag.equals("PROPN"); }

    public boolean isAdjective() { return tag.equals("ADJ"); }

    public boolean isVerb() { return tag.equals("VERB") || tag.equals("AUX"); }

    public boolean isNumber() { return tag.equals("NUM"); }
}
