package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser on the page, as an accountant uses it: its own cookies (a session of its own), the form token of its
 * session, uploads as a browser posts them, a month run from the page followed to its end.
 */
final class PageBrowser {
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final IntSupplier port;
    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    /** The form token of this browser's session: {@link #token} reads it from a page. */
    String csrf = "";

    PageBrowser(IntSupplier port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port.getAsInt() + path);
    }

    /** Reads the session's form token from {@code path}. */
    PageBrowser token(String path) throws Exception {
        csrf = FormToken.of(get(path).body());
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form posted as a plain HTML form is, with the session's token. */
    HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("csrf", csrf);
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : all.entrySet()) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(java.net.URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return multipart(path, fields, Map.of());
    }

    /**
     * An act on a month as the accountant does it (issue 19): confirmed on its own page, then the page the browser is
     * sent to after the post; a refusal is the post's own answer.
     */
    HttpResponse<String> act(String path, Map<String, String> fields) throws Exception {
        Map<String, String> confirmed = new HashMap<>(fields);
        confirmed.put("confirmed", "yes");
        HttpResponse<String> r = post(path, confirmed);
        if (r.statusCode() != 303) {
            return r;
        }
        assertThat(r.headers().firstValue("Location").orElseThrow())
                .startsWith(path.substring(0, path.lastIndexOf('/')) + "?said=");
        return get(r.headers().firstValue("Location").orElseThrow());
    }

    /** A form as a browser posts it, with files under their own names. */
    HttpResponse<String> multipart(String path, Map<String, String> fields, Map<String, List<Path>> files)
            throws Exception {
        String boundary = "----ustau" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("csrf", csrf);
        for (Map.Entry<String, String> f : all.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, List<Path>> f : files.entrySet()) {
            for (Path p : f.getValue()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                                + "\"; filename=\"" + p.getFileName() + "\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(p));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> preview(Path payroll, String mapping) throws Exception {
        return multipart(
                "/months/preview",
                Map.of("period", "2026-10", "mapping", mapping),
                Map.of("payroll", List.of(payroll)));
    }

    /** Previews, runs, and follows the job to its end; returns every page the job showed while it ran. */
    List<HttpResponse<String>> runMonth(Path payroll, String mapping) throws Exception {
        HttpResponse<String> preview = preview(payroll, mapping);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Matcher token = TOKEN.matcher(preview.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> started = post("/months/run", Map.of("token", token.group(1)));
        assertThat(started.statusCode()).isEqualTo(303);
        String job = started.headers().firstValue("Location").orElseThrow();
        List<HttpResponse<String>> seen = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            HttpResponse<String> r = get(job);
            seen.add(r);
            if (r.statusCode() != 200 || !r.body().contains("id=\"progress-box\"")) {
                return seen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not end in a minute");
    }
}
