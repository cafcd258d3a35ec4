package org.papergraph.recognize;

import java.util.List;

import org.papergraph.nlp.Token;

/** Names the tokenizer split with no whitespace between the pieces ("DPM-Solver++", "Flickr30k", "EWA-DB"). */
final class JoinedTokens {
    private JoinedTokens() {}

    /**
     * The index of the last token of a name-shaped word that starts at token i and spans several tokens,
     * or i when there is none: the word must stand alone (whitespace or punctuation around it).
     */
    static int lastOfName(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.start() > 0 && isWordChar(text.charAt(first.start() - 1))) return i;
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end() && isWordPiece(tokens.get(j + 1).text())) j++;
        // A final hyphen or full stop ends the sentence or the compound, not the name.
        while (j > i && (tokens.get(j).text().equals("-") || tokens.get(j).text().equals("."))) j--;
        if (j == i) return i;
        int end = tokens.get(j).end();
        if (end < text.length() && isWordChar(text.charAt(end)) && !isFullStop(text, end)) return i;
        String word = text.substring(first.start(), end);
        return NameShapes.isNameLike(word) && !hasWordEnds(word, first.text()) ? j : i;
    }

    /**
     * A plain lowercase word before or after the name ("no-PTSD", "CMR-like", "EOS-last", "LLM-Based")
     * makes a compound about the name, not the name; a version suffix ("-en", "-B0") stays.
     */
    private static boolean hasWordEnds(String word, String firstToken) {
        if (firstToken.chars().allMatch(Character::isLowerCase)) return true;
        int dash = word.lastIndexOf('-');
        if (dash < 0) return false;
        String last = word.substring(dash + 1);
        boolean plain = last.length() >= 4 && last.chars().skip(1).allMatch(Character::isLowerCase);
        return plain && (Character.isLowerCase(last.charAt(0)) || last.endsWith("ed"));
    }

    private static boolean isWordPiece(String t) {
        for (int k = 0; k < t.length(); k++) if (!isWordChar(t.charAt(k))) return false;
        return !t.isEmpty();
    }

    /** A stop that ends the sentence ("... model TF-GridNet."), not one inside a name ("GPT-3.5"). */
    private static boolean isFullStop(String text, int at) {
        return text.charAt(at) == '.' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '_' || c == '.';
    }
}
