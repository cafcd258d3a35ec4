package org.papergraph.vocabulary;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A plain RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks. */
final class SimpleCsv {
    private SimpleCsv() {}

    /** All records of the input, the header row included. */
    static List<List<String>> read(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') field.append('"');
                    else {
                        quoted = false;
                        if (next == -1) break;
                        in.reset();
                    }
                } else field.append((char) c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); any = false; }
            else if (c != '\r') field.append((char) c);
        }
        if (any || field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
        return rows;
    }
}
