#!/bin/sh
# Regenerates the SKOS vocabularies (methods.ttl, datasets.ttl, tasks.ttl, metrics.ttl,
# concepts.ttl, NOTICE.md) from the curated tables and the Papers with Code files.
# Run from anywhere; the sources folder defaults to ../shared/vocab-sources next to the project.
set -e
cd "$(dirname "$0")/../.."
SOURCES="${1:-../shared/vocab-sources}"
mvn -B -q -o -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/vocab.classpath
java -cp "target/classes:$(cat target/vocab.classpath)" org.papergraph.vocabulary.VocabularyBuilder \
    --sources "$SOURCES" --out ontology/vocabularies
