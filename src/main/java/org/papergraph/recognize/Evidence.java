package org.papergraph.recognize;

import org.papergraph.paper.Section;

/**
 * Where in the paper's text a statement comes from: the exact span (offsets in the section text)
 * and its sentence (offsets of the sentence in the same section text).
 */
public record Evidence(Section section, int start, int end, String exact, int sentenceStart, int sentenceEnd) {}
