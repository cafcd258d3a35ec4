package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;

/**
 * Latency of the competency queries over HTTP against the embedded server, in steady state: every
 * query of the set is run {@link #WARM_UP_ROUNDS} times first, then the set is timed in rounds
 * (each query once a round), so a burst of load from other processes falls on a run or two of every
 * query rather than on all the runs of one.
 */
final class QueryBench {
    /** One query's latency on one corpus, in milliseconds, and its result size in bytes. */
    record Timing(String name, String corpus, double medianMs, double p95Ms, int runs, long resultBytes) {}

    /**
     * Rounds over the whole set before any timing. A fresh server's request path (Jetty, Fuseki,
     * the ARQ parser and engine, the TDB2 node caches) is interpreted code at first: with a single
     * warm-up run per query, the first queries timed paid several milliseconds a request for it
     * (ASK {} took ~9 ms where a warm server answers in ~1.5 ms).
     */
    static final int WARM_UP_ROUNDS = 5;
    /**
     * HTTP/1.1, which is all the embedded Jetty speaks: the client's default (HTTP/2) adds an h2c
     * upgrade offer to every request that the server parses and declines.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private QueryBench() {}

    /** The .rq files of a folder whose names contain {@code filter}, sorted. */
    static List<Path> queries(Path folder, String filter) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".rq") && p.getFileName().toString().contains(filter)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + folder, e);
        }
    }

    /** Serves the store and times every query {@code runs} times. */
    static List<Timing> run(Path store, String corpus, List<Path> queries, int runs) {
        FusekiServer server = PapergraphServer.start(new ServerConfig(store, 0, null, false));
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/" + ServerConfig.DATASET + "/sparql";
            List<String> texts = new ArrayList<>();
            for (Path q : queries) texts.add(read(q));
            long[] bytes = new long[texts.size()];
            for (int round = 0; round < WARM_UP_ROUNDS; round++)
                for (int i = 0; i < texts.size(); i++) bytes[i] = post(endpoint, texts.get(i)).bytes();
            double[][] ms = new double[texts.size()][runs];
            for (int round = 0; round < runs; round++)
                for (int i = 0; i < texts.size(); i++) ms[i][round] = post(endpoint, texts.get(i)).ms();
            List<Timing> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Arrays.sort(ms[i]);
                String name = queries.get(i).getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(new Timing(name, corpus, percentile(ms[i], 50), percentile(ms[i], 95), runs, bytes[i]));
            }
            return out;
        } finally {
            server.stop();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query " + file, e);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** One answered request: wall-clock milliseconds from sending to the last byte, and the answer's size. */
    private record Answer(double ms, long bytes) {}

    private static Answer post(String endpoint, String query) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build();
        try {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return new Answer(ms, r.body().length);
        } catch (IOException e) {
            throw new UncheckedIOException("query failed: " + query, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
