package org.papergraph.rdf;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;

/** Sorts the links a source's metadata gives into code repositories, project pages and pages about the paper. */
final class LinkKinds {
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "huggingface.co");
    /** Hosts of the paper's own landing pages and PDFs: a foaf:page of the paper, not a project page. */
    private static final Set<String> PAPER_HOSTS = Set.of("arxiv.org", "export.arxiv.org", "aclanthology.org", "paperswithcode.com",
        "openreview.net", "doi.org", "dx.doi.org", "proceedings.neurips.cc", "proceedings.mlr.press", "openaccess.thecvf.com");

    private LinkKinds() {}

    /** The property for a link, or null when it is no http(s) URL (such links are dropped, the shapes require http IRIs). */
    static Node property(String url) {
        String host = host(url);
        if (host == null) return null;
        if (CODE_HOSTS.contains(host)) return PG.codeRepository.asNode();
        if (PAPER_HOSTS.contains(host)) return Vocab.foaf("page");
        return PG.projectPage.asNode();
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme(), host = uri.getHost();
            if (host == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
