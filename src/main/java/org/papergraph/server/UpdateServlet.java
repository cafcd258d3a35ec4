package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.listing.ListingException;
import org.papergraph.pipeline.PaperRemover;
import org.papergraph.pipeline.PaperUpdater;
import org.papergraph.pipeline.UpdateInput;
import org.papergraph.pipeline.UpdateReport;
import org.papergraph.rdf.Iris;

/**
 * {@code POST .../add?name=FILE[&skipBad=true]} with the file as the request body, and
 * {@code POST .../remove?id=ID&id=...}: the same runs as the command line, in one TDB2 write
 * transaction each while queries go on against the last committed state. Answers text/plain.
 */
final class UpdateServlet extends HttpServlet {
    /** Larger uploads are refused before they are read: an update is an increment, not a corpus. */
    static final long MAX_UPLOAD = 256L << 20;
    private final transient DatasetGraph dsg;
    private final transient Iris iris;

    UpdateServlet(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String op = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (op) {
                case "/add" -> reply(resp, 200, add(req));
                case "/remove" -> reply(resp, 200, remove(req));
                default -> reply(resp, 404, "unknown update operation " + op + " (add, remove)");
            }
        } catch (ListingException | IllegalArgumentException e) {
            // Bad input: nothing was changed, as on the command line.
            reply(resp, 400, "error: " + e.getMessage() + "\nnothing was changed in the store.");
        }
    }

    private String add(HttpServletRequest req) throws IOException {
        String name = req.getParameter("name");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("the name parameter (the uploaded file's name) is missing");
        if (req.getContentLengthLong() > MAX_UPLOAD) throw new IllegalArgumentException(name + ": upload larger than " + MAX_UPLOAD + " bytes");
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) MAX_UPLOAD + 1);
        }
        if (body.length > MAX_UPLOAD) throw new IllegalArgumentException(name + ": upload larger than " + MAX_UPLOAD + " bytes");
        boolean skipBad = Boolean.parseBoolean(req.getParameter("skipBad"));
        UpdateReport r = new PaperUpdater(iris).add(dsg, List.of(UpdateInput.of(name, body)), skipBad);
        StringBuilder text = new StringBuilder();
        for (String s : r.skipped()) text.append("skipped ").append(s).append('\n');
        return text.append(String.format("Added %d paper(s), updated %d, from %d record(s) read; run %s", r.added(), r.updated(), r.read(), r.run())).toString();
    }

    private String remove(HttpServletRequest req) {
        String[] ids = req.getParameterValues("id");
        if (ids == null || ids.length == 0) throw new IllegalArgumentException("no id parameter: which papers to remove?");
        UpdateReport r = new PaperRemover(iris).remove(dsg, List.of(ids));
        return String.format("Removed %d paper(s): %s; run %s", r.removed(), String.join(", ", r.keys()), r.run());
    }

    private static void reply(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(text);
    }
}
