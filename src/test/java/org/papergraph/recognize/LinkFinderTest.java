package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.NlpModels;
import org.papergraph.paper.Section;

/** URLs as abstracts write them: with a scheme, with www, or as a bare domain. */
class LinkFinderTest {
    private static List<String> urls(String text) {
        AnnotatedText t = NlpModels.get().newAnalyzer().analyze(Section.ABSTRACT, text);
        return new LinkFinder().find(t).stream().map(l -> l.kind() + " " + l.url()).toList();
    }

    @Test
    void repositoryWithSchemeLosesTheFullStop() {
        assertEquals(List.of("CODE https://github.com/Kartik-3004/SegFace"),
            urls("Our code is available at https://github.com/Kartik-3004/SegFace."));
    }

    @Test
    void bareDomainIsAProjectPage() {
        assertEquals(List.of("PROJECT https://AdapterHub.ml"),
            urls("The framework is integrated into AdapterHub.ml, a library for adapters."));
    }

    @Test
    void fileNamesAndAbbreviationsAreNotLinks() {
        assertEquals(List.of(), urls("We release train.py and config.yaml, e.g. for ResNet-50 (i.e. the baseline)."));
    }
}
