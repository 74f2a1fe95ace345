package kz.ustau.adapter.payroll;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import kz.ustau.app.Problems;

/**
 * A table read on a thread of its own while the rows already read are mapped on the caller's (issue 4: a workbook of a
 * million rows is read in the time of the slower of the two, not of both; a CSV table is not worth the hand-over). Rows reach the sink in the file's order,
 * in batches through a small bounded queue, so memory stays flat; the table's own problems are added after the rows
 * before them, as if read on one thread; a sink that says stop stops the reading.
 */
final class PipelinedRows implements TableRows {
    private static final int BATCH = 512;
    private static final int BATCHES = 16;
    private static final List<Row> END = List.of();

    private final TableRows table;

    PipelinedRows(TableRows table) {
        this.table = table;
    }

    private record Row(long number, List<TableCell> cells) {}

    @Override
    public String name() {
        return table.name();
    }

    @Override
    public boolean typed() {
        return table.typed();
    }

    @Override
    public java.time.LocalDate dateEpoch() {
        return table.dateEpoch();
    }

    @Override
    public void read(Sink sink, Problems problems) throws IOException {
        BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Problems found = new Problems();
        Thread reader = new Thread(
                () -> {
                    List<List<Row>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
                    try {
                        table.read(
                                (number, cells) -> {
                                    if (stop.get()) {
                                        return false;
                                    }
                                    batch.get(0).add(new Row(number, cells));
                                    if (batch.get(0).size() == BATCH) {
                                        put(queue, batch.get(0));
                                        batch.set(0, new ArrayList<>(BATCH));
                                    }
                                    return true;
                                },
                                found);
                    } catch (Throwable e) {
                        failure.set(e);
                    } finally {
                        // the rows read before the end, or before the file failed, as one thread would have had them
                        if (!batch.get(0).isEmpty()) {
                            put(queue, batch.get(0));
                        }
                        put(queue, END);
                    }
                },
                "ustau-table-reader");
        reader.setDaemon(true);
        reader.start();
        boolean ended = false;
        try {
            while (true) {
                List<Row> rows = queue.take();
                if (rows == END) {
                    ended = true;
                    break;
                }
                for (int i = 0; i < rows.size() && !stop.get(); i++) {
                    Row r = rows.get(i);
                    if (!sink.row(r.number(), r.cells())) {
                        stop.set(true);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading " + table.name() + " was interrupted");
        } finally {
            stop.set(true);
            // a sink that threw: let the reader finish, so that it never waits on a full queue
            while (!ended) {
                try {
                    ended = queue.take() == END;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    reader.interrupt();
                    break;
                }
            }
        }
        problems.addAll(found);
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    private static void put(BlockingQueue<List<Row>> queue, List<Row> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the table reader was interrupted", e);
        }
    }
}
