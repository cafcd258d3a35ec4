package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/** URLs in the text, as code repositories (GitHub, GitLab, ...) or project pages. */
final class LinkFinder {
    static final Pattern URL = Pattern.compile(
        "(?:https?://|www\\.|(?<![\\w.@/])(?=(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co)/)"
        // A bare domain ("AdapterHub.ml", "example.github.io/page"): a name of three or more
        // characters and a top-level domain that papers use for project pages, not a file name.
        + "|(?<![\\w.@/-])(?=[A-Za-z][\\w-]{2,}(?:\\.[a-z][\\w-]*)*\\.(?:com|org|net|io|ai|ml|dev|app|edu|page|site|tech)(?![\\w-])))"
        + "[^\\s<>\"'{}|\\\\^`]+",
        Pattern.CASE_INSENSITIVE);
    /** The starts of the domain endings in URL (keep in step with it). */
    private static final List<String> DOMAIN_ENDINGS = List.of("co", "org", "net", "io", "ai", "ml", "dev", "app", "edu", "page", "site", "tech");
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org",
        "sourceforge.net", "git.io", "gitee.com");

    List<PaperLink> find(AnnotatedText text) {
        List<PaperLink> out = new ArrayList<>();
        if (!mayHaveLink(text.text())) return out;
        Matcher m = URL.matcher(text.text());
        while (m.find()) {
            String raw = trimTrailing(m.group());
            if (raw.length() < 8) continue;
            String url = raw.matches("(?i)^https?://.*") ? raw : "https://" + raw;
            Sentence s = text.sentenceAt(m.start());
            int ss = s == null ? m.start() : s.start(), se = s == null ? m.start() + raw.length() : s.end();
            out.add(new PaperLink(url, kindOf(url), new Evidence(text.section(), m.start(), m.start() + raw.length(), raw, ss, se)));
        }
        return out;
    }

    /**
     * Whether a text has what every URL the pattern finds has: "://", "www." or a dot before one of
     * the domain endings it knows (".co" covers ".com" and "huggingface.co"). Most abstracts have no
     * link, and running the pattern's look-arounds at every word start cost ~8% of recognition.
     */
    static boolean mayHaveLink(String text) {
        if (text.contains("://")) return true;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3)) return true;
            for (String ending : DOMAIN_ENDINGS) if (text.regionMatches(true, dot + 1, ending, 0, ending.length())) return true;
        }
        return false;
    }

    /** Strips the full stop, comma or closing bracket that ends a sentence around a URL. */
    static String trimTrailing(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)]}>'\"".indexOf(u.charAt(u.length() - 1)) >= 0) {
            char c = u.charAt(u.length() - 1);
            if (c == ')' && count(u, '(') >= count(u, ')')) break;   // keep balanced brackets of the URL itself
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (char x : s.toCharArray()) if (x == c) n++;
        return n;
    }

    static PaperLink.Kind kindOf(String url) {
        String host = url.replaceFirst("(?i)^https?://", "").replaceFirst("^www\\.", "").replaceFirst("[/:?#].*$", "").toLowerCase();
        return CODE_HOSTS.contains(host) ? PaperLink.Kind.CODE : PaperLink.Kind.PROJECT;
    }
}
