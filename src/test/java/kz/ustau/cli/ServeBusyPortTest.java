package kz.ustau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a port another program holds is one line in Kazakh and Russian saying what to do, exit 1 — not Javalin's
 * English exception.
 */
class ServeBusyPortTest {
    @TempDir
    Path temp;

    @Test
    void aBusyPortIsOneLineInBothLanguages() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.execute(
                    new String[] {"serve", "--db", temp.resolve("db").toString(), "--port", Integer.toString(port)},
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    Clock.systemUTC());
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines().toList())
                    .singleElement()
                    .asString()
                    .contains(port + " портын басқа бағдарлама", "порт " + port + " занят", "--port")
                    .doesNotContain("Exception", "Javalin");
        }
    }
}
