package kz.ustau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import kz.ustau.app.port.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the page over HTTPS with a certificate the user gives (a PKCS#12 keystore made here with the JDK's
 * keytool, a real second process): it answers on HTTPS only, its cookies are {@code Secure}, and it sends HSTS.
 */
class HttpsTest {
    @TempDir
    Path temp;

    @Test
    void thePageIsServedOverHttpsWithSecureCookiesAndHsts() throws Exception {
        Path keystore = temp.resolve("page.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "ustau",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=localhost",
                        "-validity",
                        "30",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "changeit-2026")
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor())
                .as(new String(keytool.getInputStream().readAllBytes()))
                .isZero();
        String db = temp.resolve("db").toString();
        assertThat(SampleLedger.ustau("writs", "import", "sample-payroll/writs.csv", "--db", db))
                .isZero();
        try (Ledger registry = kz.ustau.cli.Main.ports().ledgers().open(db);
                WebApp web = WebApp.start(
                        registry,
                        kz.ustau.cli.Main.ports(),
                        "127.0.0.1",
                        0,
                        SampleLedger.CLOCK,
                        Optional.empty(),
                        temp.resolve("months"),
                        Optional.of(new WebApp.Tls(keystore, "changeit-2026".toCharArray())))) {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    null);
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
            HttpClient https = HttpClient.newBuilder().sslContext(trustAll).build();
            HttpResponse<String> page = https.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + web.port() + "/writs?lang=ru"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"writ-W01\"");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c)
                    .contains("; Secure", "HttpOnly"));
            HttpResponse<String> plain = null;
            try {
                plain = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/writs"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException refused) {
                // the HTTPS port does not speak plain HTTP
            }
            assertThat(plain == null || plain.statusCode() == 400)
                    .as("no plain HTTP")
                    .isTrue();
        }
    }
}
