package kz.ustau.app;

import java.util.List;
import java.util.Objects;
import kz.ustau.app.port.InputReader;
import kz.ustau.app.port.LedgerOpener;
import kz.ustau.app.port.MappingDrafts;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.app.port.MonthFiles;
import kz.ustau.app.port.MonthReports;
import kz.ustau.app.port.PayrollReader;
import kz.ustau.app.port.PrivateFiles;
import kz.ustau.app.port.TableReader;
import kz.ustau.app.port.WritLetters;

/**
 * Every port the entry points (the command line, the page) use, each implemented by an adapter: the composition root
 * ({@code cli.Main}) fills it, the entry points only call it and the use cases over it.
 */
public record Ports(
        TableReader tables,
        PayrollReader payrolls,
        InputReader inputs,
        LedgerOpener ledgers,
        MonthFiles monthFiles,
        List<MonthDocument> documents,
        MappingDrafts mappings,
        PrivateFiles privateFiles,
        MonthReports reports,
        WritLetters letters) {
    public Ports {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(payrolls, "payrolls");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(monthFiles, "monthFiles");
        documents = List.copyOf(documents);
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(privateFiles, "privateFiles");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(letters, "letters");
    }

    /** The same ports with the ledger opened by {@code opener} (an integrator's own, or a test's faulty one). */
    public Ports withLedgers(LedgerOpener opener) {
        return new Ports(
                tables, payrolls, inputs, opener, monthFiles, documents, mappings, privateFiles, reports, letters);
    }

    /** The same ports with the month's folders written by {@code files}. */
    public Ports withMonthFiles(MonthFiles files) {
        return new Ports(tables, payrolls, inputs, ledgers, files, documents, mappings, privateFiles, reports, letters);
    }
}
