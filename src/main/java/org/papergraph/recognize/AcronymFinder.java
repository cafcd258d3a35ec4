package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * Acronym definitions in the manner of Schwartz and Hearst (2003): "long form (SF)" and
 * "SF (long form)", where the short form's letters appear in order in the long form and the
 * first letter starts a word.
 */
final class AcronymFinder {
    /** A definition: offsets are in the section text. */
    record Definition(String shortForm, int shortStart, int shortEnd, String longForm, int longStart, int longEnd) {}

    // Compiled once: String.split, replaceAll and replaceFirst compile their pattern on every call, and these run for every parenthesis.
    private static final Pattern FIRST_ITEM = Pattern.compile("^([^;,]+)[;,].*$");
    private static final Pattern FINAL_S = Pattern.compile("s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("[;,].*$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,80})\\)");

    List<Definition> find(AnnotatedText text) {
        List<Definition> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = PAREN.matcher(s.text());
            while (m.find()) {
                String inside = m.group(1).strip();
                int insideStart = s.start() + m.start(1) + m.group(1).indexOf(inside);
                String before = s.text().substring(0, m.start()).stripTrailing();
                if (isShortForm(inside)) {
                    Definition d = longFormBefore(inside, before, s.start(), insideStart);
                    if (d != null) out.add(d);
                }
            }
        }
        return out;
    }

    /** A short form: one word of 2-10 characters with a capital letter, not only digits. */
    static boolean isShortForm(String s) {
        String core = FIRST_ITEM.matcher(s).replaceFirst("$1").strip();
        if (core.length() < 2 || core.length() > 12 || core.contains(" ")) return false;
        if (!Character.isLetterOrDigit(core.charAt(0))) return false;
        int upper = 0;
        for (char c : core.toCharArray()) if (Character.isUpperCase(c)) upper++;
        return upper >= 1 && Character.isLetter(core.charAt(0)) && (upper >= 2 || core.length() <= 4 || wordLike(core));
    }

    /** A capitalised word used as a short form ("Sahara", "Ships"): accepted only for a title-case long form. */
    static boolean wordLike(String core) {
        return core.length() <= 7 && Character.isUpperCase(core.charAt(0)) && core.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static boolean titleCase(String longForm) {
        String[] words = SPACES_OR_HYPHENS.split(longForm);
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 3 && capitalised >= words.length - 1;
    }

    private Definition longFormBefore(String shortForm, String before, int sentenceStart, int shortStart) {
        String sf = FINAL_S.matcher(shortForm).replaceAll("");
        String[] words = SPACES.split(before);
        int maxWords = Math.min(words.length, Math.min(sf.length() + 5, sf.length() * 2));
        // Search backwards for the shortest word sequence whose letters cover the short form.
        for (int n = 1; n <= maxWords; n++) {
            int from = words.length - n;
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (covers(sf, candidate)) {
                candidate = LEADING_NON_WORD.matcher(candidate).replaceAll("");
                if (candidate.isEmpty()) return null;
                int longStart = sentenceStart + before.lastIndexOf(candidate);
                String sfClean = AFTER_SEPARATOR.matcher(shortForm).replaceAll("").strip();
                if (wordLike(sfClean) && sfClean.length() > 4 && !titleCase(candidate)) return null;
                return new Definition(sfClean, shortStart, shortStart + sfClean.length(), candidate, longStart, longStart + candidate.length());
            }
        }
        return null;
    }

    /** Schwartz-Hearst matching: each short-form letter, right to left, found in the long form; the first at a word start. */
    static boolean covers(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = longForm.toLowerCase(Locale.ROOT);
        int si = s.length() - 1, li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) { si--; continue; }
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))))
                li--;
            if (li < 0) return false;
            si--;
            li--;
        }
        // The long form must start with the first letter's word: no extra leading words.
        String firstWord = SPACES_OR_HYPHENS.split(l)[0];
        return firstWord.length() > 0 && firstWord.charAt(0) == Character.toLowerCase(shortForm.charAt(0))
            && longForm.length() > shortForm.length();
    }
}
