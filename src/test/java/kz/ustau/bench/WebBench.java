package kz.ustau.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.ustau.app.port.Ledger;
import kz.ustau.web.WebApp;

/**
 * The page-load bench of README (issue 8; not a test): the page over a registry whose month has thousands of lines,
 * each page fetched over HTTP as a browser would, the first time and then twenty times more; prints the first, the
 * median and the slowest time and the page's size. Usage: {@code WebBench DB MONTHS-DIR PERIOD EMPLOYEE}.
 */
public final class WebBench {
    private WebBench() {}

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path months = Path.of(args[1]);
        String period = args[2];
        String employee = args[3];
        try (Ledger registry = kz.ustau.cli.Main.ports().ledgers().open(db);
                WebApp web = WebApp.start(
                        registry,
                        kz.ustau.cli.Main.ports(),
                        "127.0.0.1",
                        0,
                        Clock.systemUTC(),
                        java.util.Optional.of(Path.of("sample-payroll/employer.properties")),
                        months)) {
            HttpClient http = HttpClient.newHttpClient();
            List<String> pages = new ArrayList<>(List.of(
                    "/months/" + period + "?lang=ru",
                    "/months/" + period + "?page=999",
                    "/months/" + period + "?q=" + employee,
                    "/months",
                    "/deadlines",
                    "/writs"));
            // each employee named: its explanation (the last one's is at the end of explain.txt)
            for (int i = 3; i < args.length; i++) {
                pages.add("/months/" + period + "/explain/" + args[i]);
            }
            for (String page : pages) {
                List<Long> times = new ArrayList<>();
                long size = 0;
                for (int i = 0; i < 21; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + page))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    times.add((System.nanoTime() - start) / 1_000_000);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(page + ": " + r.statusCode());
                    }
                    size = r.body().length();
                }
                long first = times.get(0);
                List<Long> rest = new ArrayList<>(times.subList(1, times.size()));
                Collections.sort(rest);
                System.out.printf(
                        "%-40s first %5d ms, then median %4d ms, slowest %4d ms; %,d characters%n",
                        page, first, rest.get(rest.size() / 2), rest.get(rest.size() - 1), size);
            }
        }
    }
}
