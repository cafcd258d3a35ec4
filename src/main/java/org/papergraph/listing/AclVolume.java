package org.papergraph.listing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A volume's identity and metadata, needed for each of its papers. */
final class AclVolume {
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\\b(1[0-2]|0?[1-9])\\b");
    private static final List<String> MONTHS =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    final String collection;
    final String volume;
    String booktitle;
    String year;
    String month;

    AclVolume(String collection, String volume) {
        this.collection = collection;
        this.volume = volume;
    }

    /** The Anthology id: "2020.acl-main.1" for new-style collections, "P19-1001" or "W19-3801" for old ones. */
    String paperId(String paper) {
        if (collection == null || volume == null || paper == null) return null;
        if (collection.contains(".")) return collection + "-" + volume + "." + paper;
        try {
            int v = Integer.parseInt(volume), p = Integer.parseInt(paper);
            // Old workshop ids have two digits each for volume and paper; others one and three.
            boolean workshop = collection.startsWith("W") || collection.equals("C69");
            return collection + "-" + (workshop ? String.format("%02d%02d", v, p) : String.format("%d%03d", v, p));
        } catch (NumberFormatException e) {
            return collection + "-" + volume + paper;
        }
    }

    /** The first day of the volume's month (or year): the Anthology gives no finer date. */
    String date() {
        if (year == null || !year.matches("\\d{4}")) return null;
        int m = 1;
        if (month != null) {
            Matcher found = MONTH.matcher(month);
            if (found.find())
                m = found.group(1) != null ? MONTHS.indexOf(found.group(1).toLowerCase(Locale.ROOT)) + 1 : Integer.parseInt(found.group(2));
        }
        return String.format("%s-%02d-01", year, m);
    }
}
