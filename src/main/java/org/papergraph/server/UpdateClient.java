package org.papergraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.papergraph.listing.ListingException;
import org.papergraph.pipeline.UpdateInput;

/** The client side of {@link UpdateModule}: sends add and remove runs to a server, with HTTP basic authentication. */
public final class UpdateClient {
    private final URI server;
    private final String credentials;
    private final HttpClient http = HttpClient.newHttpClient();

    /** {@code credentials} is "user:password" (spaces around the colon allowed, as in Jetty password files), or null. */
    public UpdateClient(URI server, String credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    /** Sends each input as its own run (each all or nothing); returns the server's reports. */
    public String add(List<UpdateInput> inputs, boolean skipBad) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        for (UpdateInput in : inputs) {
            byte[] body;
            try (var s = in.open()) {
                body = s.readAllBytes();
            }
            String query = "name=" + encode(in.name()) + (skipBad ? "&skipBad=true" : "");
            out.append(send("add?" + query, HttpRequest.BodyPublishers.ofByteArray(body), in.name()));
        }
        return out.toString().strip();
    }

    /** Removes the papers the ids name (all or none). */
    public String remove(List<String> ids) throws IOException, InterruptedException {
        String query = ids.stream().map(id -> "id=" + encode(id)).collect(Collectors.joining("&"));
        return send("remove?" + query, HttpRequest.BodyPublishers.noBody(), "remove").strip();
    }

    private String send(String path, HttpRequest.BodyPublisher body, String what) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(server.resolve(UpdateModule.PATH + path)).POST(body)
            .header("Content-Type", "application/octet-stream");
        if (credentials != null) {
            String[] up = credentials.split(":", 2);
            String token = up[0].strip() + ":" + (up.length > 1 ? up[1].strip() : "");
            req.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 400) throw new ListingException(what, 0, "the server refused it: " + resp.body().strip());
        if (resp.statusCode() != 200)
            throw new IllegalArgumentException("the server answered " + resp.statusCode() + " for " + what
                + (resp.statusCode() == 401 ? " (wrong or missing credentials)" : "") + ": " + resp.body().strip());
        return resp.body() + "\n";
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
