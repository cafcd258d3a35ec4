package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Tasks a corpus title states as an action, named as the field names them (object, then the nominalised verb). */
class TitleActionsTest {

    private static void addressed(String title, String task) {
        LinkedPaper p = Recognition.recognize(title, "We study this problem on real data.");
        EntityMention m = Recognition.mention(p, task);
        assertNotNull(m, task + " not in " + p.mentions());
        assertEquals(Role.ADDRESSES, m.role());
        assertEquals(EntityType.TASK, m.entity().primaryType());
    }

    @Test
    void gerundAndObjectBecomeTheTasksName() {
        addressed("Managing Portfolio for Maximizing Alpha and Minimizing Beta", "portfolio management");
        addressed("An Algorithm for Recommending Groceries Based on an Item Ranking Method", "grocery recommendation");
        addressed("LAPP: Layer Adaptive Progressive Pruning for Compressing CNNs from Scratch", "CNN compression");
    }

    @Test
    void anInfinitiveStatesTheTaskToo() {
        addressed("DeCoRe: Decoding by Contrasting Retrieval Heads to Mitigate Hallucinations", "hallucination mitigation");
    }

    @Test
    void thePossessorIsNotPartOfTheObject() {
        addressed("Predicting Users' Value Changes by the Friends' Influence from Social Media Usage", "value change prediction");
    }

    @Test
    void aListOfObjectsGivesOneTaskEach() {
        String title = "Jointly Predicting Emotion, Age, and Country Using Pre-Trained Acoustic Embedding";
        addressed(title, "emotion prediction");
        addressed(title, "age prediction");
        addressed(title, "country prediction");
    }

    @Test
    void verbsThatOnlySayWhatThePaperDoesGiveNoTask() {
        LinkedPaper p = Recognition.recognize("Accelerating Transformers with Spectrum-Preserving Token Merging", "We study merging.");
        assertNull(Recognition.mention(p, "transformer acceleration"));
        LinkedPaper q = Recognition.recognize("Clustering Head: A Visual Case Study of the Training Dynamics in Transformers", "We study heads.");
        assertNull(Recognition.mention(q, "head clustering"));
    }

    @Test
    void aQuestionWordAfterTheGerundOpensAClauseNotATask() {
        // Corpus title: "Explaining Why" names no task.
        LinkedPaper p = Recognition.recognize("AES Systems Are Both Overstable And Oversensitive: Explaining Why And Proposing Defenses", "");
        Recognition.absent(p, "why explanation");
        Recognition.absent(p, "Why explanation");
    }
}
