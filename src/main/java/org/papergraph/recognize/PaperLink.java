package org.papergraph.recognize;

/** A URL the paper points to: its code repository or another page. */
public record PaperLink(String url, Kind kind, Evidence evidence) {
    public enum Kind { CODE, PROJECT }
}
