package org.papergraph.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the SPARQL protocol, so tests go through the wire as any client does. */
public final class SparqlHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparqlHttp() {}

    /** POSTs a SELECT query (form-encoded) and returns each row as variable -> value. */
    public static List<Map<String, String>> select(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = post(endpoint, query, "application/sparql-results+json");
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
        JsonNode bindings = JSON.readTree(r.body()).path("results").path("bindings");
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : bindings) {
            Map<String, String> row = new LinkedHashMap<>();
            b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    /** POSTs a query with an Accept header and returns the raw response. */
    public static HttpResponse<String> post(String endpoint, String query, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a URL with an Accept header. */
    public static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
