package org.papergraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the dump files of the store's {@code dumps/} folder (listed in VoID as void:dataDump) at {@code /dumps/FILE}. */
final class DumpServlet extends HttpServlet {
    private final Path folder;

    DumpServlet(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Path file = folder.resolve(name).normalize();
        // Only plain files directly in the folder: no "..", no sub-folders.
        if (name.isEmpty() || name.contains("/") || !file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            LinkedDataServlet.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no dump " + name + "\n");
            return;
        }
        resp.setContentType(contentType(name));
        resp.setContentLengthLong(Files.size(file));
        Files.copy(file, resp.getOutputStream());
    }

    private static String contentType(String name) {
        if (name.endsWith(".nq")) return "application/n-quads";
        if (name.endsWith(".nt")) return "application/n-triples";
        if (name.endsWith(".ttl")) return "text/turtle";
        if (name.endsWith(".trig")) return "application/trig";
        if (name.endsWith(".jsonld")) return "application/ld+json";
        if (name.endsWith(".graphml")) return "application/graphml+xml";
        if (name.endsWith(".gexf")) return "application/gexf+xml";
        if (name.endsWith(".sha256")) return "text/plain;charset=utf-8";
        return "application/octet-stream";
    }
}
