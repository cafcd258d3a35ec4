package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The types of names the vocabulary does not know, pinned on corpus sentences. */
class EntityTypesTest {
    @Test
    void anAcronymSpelledOutByATitlePhraseTakesThePhrasesKind() {
        // Corpus title and sentence (SemRe-Rank): "ATE" is never defined, but "Automatic Term Extraction" spells it
        // out, and an extraction is a task.
        LinkedPaper p = recognize("SemRe-Rank: Improving Automatic Term Extraction By Incorporating Semantic Relatedness With Personalised PageRank",
            "ATE remains a challenging task as it is known that there is no existing ATE methods that can consistently outperform "
            + "others in any domain.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "ATE").entity().types());
    }
}
