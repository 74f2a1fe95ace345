package kz.ustau.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the example of docs/library.md is a whole program — its imports, no undefined names — that compiles
 * against Ustau's classes as written and gives the command line's files for the sample month.
 */
class LibraryExampleTest {
    @TempDir
    Path temp;

    @Test
    void theDocumentedExampleCompilesAndRunsTheSampleMonth() throws Exception {
        String doc = Files.readString(Path.of("docs/library.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```java\nimport ");
        assertThat(start).as("the whole example, imports first").isNotNegative();
        String source = doc.substring(start + "```java\n".length(), doc.indexOf("```", start + 7));
        Path file = temp.resolve("MonthlyJob.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int compiled = javac.run(
                null, said, said, "-cp", System.getProperty("java.class.path"), "-d", temp.toString(), file.toString());
        assertThat(compiled).as(said.toString(StandardCharsets.UTF_8)).isZero();

        Path out = temp.resolve("out");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {temp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("MonthlyJob").getMethod("main", String[].class);
            PrintStream before = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                main.invoke(null, (Object) new String[] {
                    "sample-payroll/payroll.csv",
                    "sample-payroll/writs.csv",
                    "sample-payroll/employer.properties",
                    out.toString()
                });
            } finally {
                System.setOut(before);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("14 debtors, 15 orders");
        }
        for (String f : List.of("deductions.csv", "payments.csv", "explain.txt", "warnings.txt")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }
}
