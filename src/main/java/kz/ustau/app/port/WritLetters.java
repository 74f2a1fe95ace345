package kz.ustau.app.port;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.ustau.app.statement.BailiffReport;
import kz.ustau.app.statement.WritAnswer;
import kz.ustau.app.statement.WritStatement;

/**
 * The letters about one writ the employer sends from the ledger (issue 16): a statement or a reply to a request (PDF
 * and DOCX in Kazakh and Russian, and an XLSX table), an employee's certificate and the answer to a writ on its
 * arrival (PDF and DOCX in both languages).
 */
public interface WritLetters {
    /** The files {@code statement} is written as, relative to the folder they go into. */
    List<String> files(WritStatement statement);

    /** Writes one of {@link #files}. */
    void write(WritStatement statement, String file, OutputStream out) throws IOException;

    /** The files an answer to a writ on its arrival is written as (PDF and DOCX, kk and ru). */
    List<String> files(WritAnswer answer);

    /** Writes one of {@link #files(WritAnswer)}. */
    void write(WritAnswer answer, String file, OutputStream out) throws IOException;

    /** The files of a bailiff's office's report (PDF and DOCX, kk and ru). */
    List<String> files(BailiffReport report);

    /** Writes one of {@link #files(BailiffReport)}. */
    void write(BailiffReport report, String file, OutputStream out) throws IOException;
}
