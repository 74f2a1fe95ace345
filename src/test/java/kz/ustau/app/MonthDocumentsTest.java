package kz.ustau.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthFiles;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The documents are written side by side (issue 21), and when one fails, every other has stopped writing before the
 * failure reaches the caller — who then removes the staging folder. CI saw the race this closes: a disk that filled
 * under one document while another still wrote, and the folder's removal failed with DirectoryNotEmptyException
 * instead of saying the disk was full.
 */
class MonthDocumentsTest {
    /** A staging folder that counts the files still open. */
    static final class Counting implements MonthFiles.Staging {
        final AtomicInteger open = new AtomicInteger();
        final List<String> names = new ArrayList<>();

        @Override
        public Path dir() {
            return Path.of("out");
        }

        @Override
        public OutputStream create(String name) {
            synchronized (names) {
                names.add(name);
            }
            open.incrementAndGet();
            return new OutputStream() {
                @Override
                public void write(int b) {}

                @Override
                public void close() {
                    open.decrementAndGet();
                }
            };
        }

        @Override
        public List<kz.ustau.app.ledger.StagedFile> files() {
            return List.of();
        }

        @Override
        public void publish(Predicate<String> ours) {}

        @Override
        public void close() {}
    }

    /** A document of {@code files} files, each taking a moment, or one that fails at once. */
    static MonthDocument document(String prefix, int files, boolean fails) {
        return new MonthDocument() {
            @Override
            public List<String> files(MonthResult result) {
                return IntStream.range(0, files).mapToObj(i -> prefix + i).toList();
            }

            @Override
            public boolean owns(String relativePath) {
                return relativePath.startsWith(prefix);
            }

            @Override
            public void write(MonthResult result, String file, OutputStream out) throws IOException {
                if (fails) {
                    throw new IOException("No space left on device");
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("stopped");
                }
            }
        };
    }

    @RepeatedTest(5)
    void whenOneDocumentFailsTheOthersHaveStoppedBeforeTheFailureIsThrown() {
        Counting staging = new Counting();
        List<MonthDocument> documents =
                List.of(document("slow-a-", 500, false), document("full-", 1, true), document("slow-b-", 500, false));
        assertThatThrownBy(() -> MonthDocuments.write(staging, documents, null))
                .isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        int openWhenThrown = staging.open.get();
        int createdWhenThrown = staging.names.size();
        assertThat(openWhenThrown)
                .as("files still being written when the failure came back")
                .isZero();
        assertThat(createdWhenThrown)
                .as("the slow documents were stopped, not left to finish")
                .isLessThan(1000);
    }
}
