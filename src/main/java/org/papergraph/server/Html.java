package org.papergraph.server;

/** HTML escaping: everything that comes from the corpus goes through here (abstracts can hold any markup). */
final class Html {
    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link; the href is escaped too and only http(s), server-relative or same-page query targets are linked. */
    static String link(String href, String text) {
        boolean safe = href.startsWith("/") || href.startsWith("?") || href.startsWith("http://") || href.startsWith("https://");
        return safe ? "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>" : esc(text);
    }

    /** The start of a page with its title and a small stylesheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + esc(title) + " - papergraph</title><style>"
            + "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}"
            + "mark{background:#fff3a0}pre{background:#f5f5f5;padding:.5rem;overflow-x:auto}.iri{color:#555;font-size:.9em}"
            + "</style></head><body>\n"
            + "<nav><a href=\"/\">papergraph</a> · <a href=\"/ontology\">ontology</a> · <a href=\"/void\">dataset (VoID)</a></nav>\n";
    }

    static String foot() {
        return "</body></html>\n";
    }
}
