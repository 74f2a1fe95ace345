package kz.ustau.adapter.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.ustau.app.InvalidInputException;
import kz.ustau.app.Problems;
import org.junit.jupiter.api.Test;

/** A table read on its own thread hands on the same rows, in order, as read on one (issue 4). */
class PipelinedRowsTest {
    /** A table of {@code rows} generated rows that may end with a problem or a failure of its file. */
    record Generated(long rows, boolean problemAtEnd, boolean failAtEnd, AtomicLong read) implements TableRows {
        Generated(long rows) {
            this(rows, false, false, new AtomicLong());
        }

        @Override
        public String name() {
            return "generated.csv";
        }

        @Override
        public void read(Sink sink, Problems problems) throws IOException {
            for (long n = 1; n <= rows; n++) {
                read.incrementAndGet();
                if (!sink.row(n, List.of(TableCell.text("E" + n), TableCell.text(Long.toString(n * 3))))) {
                    return;
                }
            }
            if (problemAtEnd) {
                problems.add(name(), rows + 1, "-", "table.too-many-rows", Long.toString(rows + 1), "10");
            }
            if (failAtEnd) {
                throw new IOException("the disk went away");
            }
        }
    }

    @Test
    void everyRowArrivesInOrderWithItsNumberAndTheTablesProblemAfterThem() throws Exception {
        Generated table = new Generated(100_003, true, false, new AtomicLong());
        List<Long> numbers = new ArrayList<>();
        Problems problems = new Problems();

        new PipelinedRows(table)
                .read(
                        (n, cells) -> {
                            numbers.add(n);
                            assertThat(cells.get(0).text()).isEqualTo("E" + n);
                            if (n == 5) {
                                problems.add("generated.csv", n, "B", "amount.not-a-number", "x");
                            }
                            return true;
                        },
                        problems);

        assertThat(numbers).hasSize(100_003).isSorted().startsWith(1L, 2L).endsWith(100_003L);
        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code())
                        .containsExactly("amount.not-a-number", "table.too-many-rows"));
    }

    @Test
    void aSinkThatSaysStopStopsTheReading() throws Exception {
        Generated table = new Generated(1_000_000);
        AtomicLong handed = new AtomicLong();

        new PipelinedRows(table).read((n, cells) -> handed.incrementAndGet() < 10, new Problems());

        assertThat(handed).hasValue(10);
        assertThat(table.read().get())
                .as("read ahead at most the queue's worth")
                .isLessThan(20_000);
    }

    @Test
    void theTablesFailureReachesTheCaller() {
        Generated table = new Generated(3000, false, true, new AtomicLong());
        List<Long> numbers = new ArrayList<>();

        assertThatThrownBy(() -> new PipelinedRows(table).read((n, c) -> numbers.add(n), new Problems()))
                .isInstanceOf(IOException.class)
                .hasMessage("the disk went away");
        assertThat(numbers).hasSize(3000);
    }

    @Test
    void aSinkThatThrowsLeavesNoReaderWaiting() {
        Generated table = new Generated(1_000_000);

        assertThatThrownBy(() -> new PipelinedRows(table)
                        .read(
                                (n, c) -> {
                                    if (n == 700) {
                                        throw new IllegalStateException("a bug in the mapping");
                                    }
                                    return true;
                                },
                                new Problems()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a bug in the mapping");
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("ustau-table-reader")
                        && t.isAlive()
                        && t.getState() == Thread.State.WAITING);
    }
}
