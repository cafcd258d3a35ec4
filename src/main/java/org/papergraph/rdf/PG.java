package org.papergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The papergraph ontology's terms, in the manner of Jena's {@code SKOS} vocabulary class.
 * Every constant here is declared in {@code ontology/papergraph.ttl} (a test checks it).
 */
public final class PG {
    public static final String NS = "https://w3id.org/papergraph/ontology#";

    private PG() {}

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Entity = resource("Entity");
    public static final Resource Method = resource("Method");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Task = resource("Task");
    public static final Resource Metric = resource("Metric");
    public static final Resource Concept = resource("Concept");
    public static final Resource Result = resource("Result");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource TextSection = resource("TextSection");
    public static final Resource SkippedRecord = resource("SkippedRecord");

    // Paper to entity: pg:mentions and its sub-properties
    public static final Property mentions = property("mentions");
    public static final Property proposes = property("proposes");
    public static final Property uses = property("uses");
    public static final Property addresses = property("addresses");
    public static final Property studies = property("studies");

    // Results
    public static final Property reports = property("reports");
    public static final Property value = property("value");
    public static final Property valueText = property("valueText");
    public static final Property metric = property("metric");
    public static final Property dataset = property("dataset");
    public static final Property method = property("method");

    // Links
    public static final Property codeRepository = property("codeRepository");
    public static final Property projectPage = property("projectPage");

    // Text and evidence
    public static final Property abstractSection = property("abstractSection");
    public static final Property titleSection = property("titleSection");
    public static final Property role = property("role");
    public static final Property paper = property("paper");
    public static final Property confidence = property("confidence");
    public static final Property sentence = property("sentence");
    public static final Property extractor = property("extractor");

    // Entity to entity
    public static final Property variantOf = property("variantOf");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property appliedTo = property("appliedTo");

    // Bibliographic identifiers
    public static final Property arxivId = property("arxivId");
    public static final Property sourceFile = property("sourceFile");
    public static final Property sourceLine = property("sourceLine");
    public static final Property titleKey = property("titleKey");
    public static final Property labelKey = property("labelKey");

    // Runs
    public static final Property papersRead = property("papersRead");
    public static final Property entitiesFound = property("entitiesFound");
    public static final Property triplesWritten = property("triplesWritten");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property skipped = property("skipped");
    public static final Property sha256 = property("sha256");
    public static final Property papersAdded = property("papersAdded");
    public static final Property papersUpdated = property("papersUpdated");
    public static final Property papersRemoved = property("papersRemoved");

    // The statistics graph (maintained counts for whole-graph queries)
    public static final Resource Statistics = resource("Statistics");
    public static final Resource EntityUsage = resource("EntityUsage");
    public static final Property paperCount = property("paperCount");
    public static final Property usage = property("usage");
    public static final Property relation = property("relation");
    public static final Property displayLabel = property("displayLabel");
    public static final Property confidencePartition = property("confidencePartition");
    public static final Property confidenceValue = property("confidenceValue");
    public static final Property paperCountPartition = property("paperCountPartition");
    public static final Property entitiesBefore = property("entitiesBefore");
    public static final Property namedEntities = property("namedEntities");
}
