package org.papergraph.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.Sentence;

/**
 * The numbers of a sentence that can be reported outcomes: "88.96", "73.87%", "3.3x", "5.57 dB",
 * with the value as written (a percentage as its number). Signed changes ("+2.82"), ends of ranges
 * ("59.4-79.1%"), the start of "from A to B" and numbers inside names ("CIFAR-10") are left out.
 */
final class NumberMentions {
    /** A number: offsets of its digits in the section text, the digits as written, and its unit ("%", "x", "dB", or ""). */
    record Mention(int start, int end, String text, BigDecimal value, String unit) {
        boolean percent() { return unit.equals("%"); }
    }

    private static final Pattern NUMBER = Pattern.compile(
        "(?<![\\w.,+±\\-–/])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,.]\\d)"
        + "\\s*(\\\\?%|×|x(?![a-z])|X(?![A-Za-z])|dB\\b|times\\b|-fold\\b|fold\\b)?(?![\\w\\-–]*\\d)(?![A-Za-z])");
    /** Words before a number that make it the low end or the start of a span. */
    private static final Pattern SPAN_START = Pattern.compile("(?i)\\b(?:from|between)\\s+(?:~\\s*)?$");
    /** A number followed by a dash or "to" and another number is the low end of a range. */
    private static final Pattern RANGE = Pattern.compile("\\s*\\\\?%?\\s*(?:[-–]|to)\\s*\\d");
    private static final Pattern RANGE_HIGH = Pattern.compile("\\d\\s*\\\\?%?\\s*[-–]\\s*$");

    private NumberMentions() {}

    /** The candidate outcome numbers of a sentence, left to right. */
    static List<Mention> of(Sentence s) {
        List<Mention> out = new ArrayList<>();
        if (!LiteralCues.hasDigit(s.text())) return out;
        Matcher m = NUMBER.matcher(s.text());
        while (m.find()) {
            String before = s.text().substring(0, m.start(1));
            String after = s.text().substring(m.end(1));
            if (SPAN_START.matcher(before).find()) continue;
            if (RANGE.matcher(after).lookingAt() || RANGE_HIGH.matcher(before).find()) continue;   // "15 to 35%", "15 - 35%" (the high end of "from 27.0% to 30.3%" stays)
            String unit = m.group(2) == null ? "" : m.group(2).replace("\\", "");
            if (unit.equals("×") || unit.equalsIgnoreCase("x") || unit.endsWith("fold") || unit.equals("times")) unit = "x";
            String digits = m.group(1);
            out.add(new Mention(s.start() + m.start(1), s.start() + m.end(1), digits, new BigDecimal(digits.replace(",", "")), unit));
        }
        return out;
    }
}
