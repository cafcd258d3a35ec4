package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning of the noisy Papers with Code names and the CSV reader. */
class SourceParsingTest {

    @Test
    void csvHandlesQuotesCommasAndLineBreaks() throws IOException {
        List<List<String>> rows = SimpleCsv.read(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z"));
        assertEquals(List.of(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("multi\nline", "z")), rows);
    }

    @Test
    void taskNamesAreCleaned() {
        assertEquals("few-shot object detection", TaskNames.clean("\"Few-Shot Object Detection\""));
        assertEquals("2D human pose estimation", TaskNames.clean("\"2D Human Pose Estimation\""));
        assertNull(TaskNames.clean("\"\""));
        assertNull(TaskNames.clean("\"16k\""));
        assertNull(TaskNames.clean("\"1 Image, 2*2 Stitchi\""));
        assertNull(TaskNames.clean("\"Translation eng-fra\""));
        assertArrayEquals(new String[] {"visual question answering", "VQA"},
                TaskNames.splitAcronym(TaskNames.clean("Visual Question Answering (VQA)")));
        // A setting in brackets is no acronym of the task: "Zero-Shot" must not become a name of reading comprehension.
        assertArrayEquals(new String[] {"Reading Comprehension", null}, TaskNames.splitAcronym("Reading Comprehension (Zero-Shot)"));
    }

    @Test
    void datasetAndMetricNamesAreCleaned() {
        assertEquals("COCO", TaskNames.datasetName("COCO test-dev"));
        assertEquals("BDD100K", TaskNames.datasetName(" BDD100K val"));
        assertNull(TaskNames.datasetName("CIFAR-100, 40% Symmetric Noise"));
        assertNull(TaskNames.datasetName("A Dataset of Multispectral Potato Plants Images"));
        assertNull(TaskNames.datasetName("Unknown"));
        assertEquals("mean IoU", TaskNames.metricName("Mean IoU (test)"));
        assertNull(TaskNames.metricName("Percentage Average accuracy - 5 tasks"));
        assertNull(TaskNames.metricName("test WER"));
    }

    @Test
    void catalogueNamesGetTheGuidelineCasing() {
        assertEquals("weight tying", PwcMethods.casing("Weight Tying"));
        assertEquals("Precise RoI Pooling", PwcMethods.casing("Precise RoI Pooling"));
        assertEquals("activation function", PwcMethods.category("Activation Functions"));
        assertEquals("convolutional neural network", PwcMethods.category("Convolutional Neural Networks"));
        assertEquals("Gaussian process", Labels.lowerCommonWords("Gaussian Process"));
    }
}
