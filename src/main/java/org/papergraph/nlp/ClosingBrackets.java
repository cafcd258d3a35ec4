package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * A closing bracket as a token of its own. The tokenizer model sometimes leaves it on the word before
 * ("(e.g., GPT-JT)" gives "JT)"), which cuts the name; a bracket opened inside the token stays ("f(x)").
 */
final class ClosingBrackets {
    private ClosingBrackets() {}

    private static boolean opens(String sentence, Span s, char open) {
        for (int k = s.getStart(); k < s.getEnd(); k++) if (sentence.charAt(k) == open) return true;
        return false;
    }

    static Span[] detach(Span[] spans, String sentence) {
        List<Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            // Read the characters in place: this runs on every token of every sentence.
            char last = sentence.charAt(s.getEnd() - 1);
            boolean split = s.getEnd() - s.getStart() > 1 && (last == ')' && !opens(sentence, s, '(') || last == ']' && !opens(sentence, s, '['));
            if (split && out == null) {
                out = new ArrayList<>(spans.length + 2);
                for (int k = 0; k < i; k++) out.add(spans[k]);
            }
            if (split) {
                out.add(new Span(s.getStart(), s.getEnd() - 1));
                out.add(new Span(s.getEnd() - 1, s.getEnd()));
            } else if (out != null) out.add(s);
        }
        return out == null ? spans : out.toArray(new Span[0]);
    }
}
