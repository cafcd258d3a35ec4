package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import org.junit.jupiter.api.Test;

/** One entity, one IRI: the surface forms of one entity in a corpus sentence end in the same entity as elsewhere. */
class EntityIdentityTest {
    @Test
    void anAcronymDefinedInsideAKnownNameIsThatEntity() {
        // Corpus sentences (AutoInt; breast cancer detection paper).
        LinkedPaper p = recognize("AutoInt: Automatic Feature Interaction Learning via Self-Attentive Neural Networks",
            "Click-through rate (CTR) prediction, which aims to predict the probability of a user clicking on an ad or an item, "
            + "is critical to many online applications such as online advertising and recommender systems.");
        EntityMention ctr = mention(p, "CTR");
        assertNotNull(ctr);
        assertEquals(Vocabulary.bundled().lookup("click-through rate prediction").slug(), ctr.entity().slug());
        assertEquals(EntityType.TASK, ctr.entity().primaryType());
        p = recognize("On Breast Cancer Detection: An Application of Machine Learning Algorithms on the Wisconsin Diagnostic Dataset",
            "This paper presents a comparison of six machine learning (ML) algorithms: GRU-SVM (Agarap, 2017), Linear Regression, "
            + "Multilayer Perceptron (MLP), Nearest Neighbor (NN) search, Softmax Regression, and Support Vector Machine (SVM).");
        assertEquals(Vocabulary.bundled().lookup("nearest neighbor search").slug(), mention(p, "NN").entity().slug());
        assertEquals(mention(p, "NN").entity(), mention(p, "Nearest Neighbor").entity());
    }

    @Test
    void aTechniqueNamedByItsActivityIsThatActivity() {
        // Corpus wordings (CRAFT; A Holistic Approach to ... Concept Importance Estimation): one IRI for both spellings.
        LinkedPaper craft = recognize("CRAFT: Concept Recursive Activation FacTorization for Explainability",
            "We propose a novel concept importance estimation technique for concept-based explanations.");
        LinkedPaper holistic = recognize("A Holistic Approach to Unifying Automatic Concept Extraction and Concept Importance Estimation",
            "We study concept extraction and concept importance estimation in a unified framework.");
        EntityMention a = mention(craft, "concept importance estimation technique");
        EntityMention b = mention(holistic, "concept importance estimation");
        assertNotNull(a, craft.mentions().toString());
        assertNotNull(b, holistic.mentions().toString());
        assertEquals(b.entity().slug(), a.entity().slug());
        assertEquals("concept importance estimation technique", a.entity().label());
    }
}
