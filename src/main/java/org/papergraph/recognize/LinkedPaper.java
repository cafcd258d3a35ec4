package org.papergraph.recognize;

import java.util.List;

import org.papergraph.nlp.AnnotatedPaper;

/** What recognition found in one paper: entities with roles, results and links. The input of RDF mapping. */
public record LinkedPaper(AnnotatedPaper annotated, List<EntityMention> mentions, List<ReportedResult> results,
                          List<PaperLink> links, List<EntityRelation> relations) {
    public LinkedPaper {
        mentions = List.copyOf(mentions);
        results = List.copyOf(results);
        links = List.copyOf(links);
        relations = List.copyOf(relations);
    }
}
