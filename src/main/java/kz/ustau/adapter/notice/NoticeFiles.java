package kz.ustau.adapter.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.ustau.adapter.files.CsvOutput;
import kz.ustau.app.MonthResult;
import kz.ustau.app.port.MonthDocument;
import kz.ustau.domain.notice.WritNotice;

/**
 * The month's letters to bailiffs (CONTRACT §5.4): for every notice, {@code notices/notice-<writ_id>-kk|ru.docx|pdf}
 * (a dismissal) or {@code notices/return-<writ_id>-kk|ru.docx|pdf} (a writ that ended), and the register
 * {@code notices.csv}. Both languages always: the bailiff reads one, the claimant may read the other.
 */
public final class NoticeFiles implements MonthDocument {
    public static final String REGISTER = "notices.csv";
    static final List<String> LANGUAGES = List.of("kk", "ru");
    static final List<String> HEADER = List.of(
            "register_no",
            "kind",
            "reason",
            "writ_id",
            "employee_id",
            "bailiff",
            "bailiff_email",
            "claimant",
            "event_date",
            "notice_date",
            "deadline",
            "late_days",
            "files");

    @Override
    public List<String> files(MonthResult result) {
        List<String> files = new ArrayList<>();
        for (WritNotice n : result.notices()) {
            for (String lang : LANGUAGES) {
                files.add(name(n, lang, "docx"));
                files.add(name(n, lang, "pdf"));
            }
        }
        if (!files.isEmpty()) {
            files.add(REGISTER);
        }
        return files;
    }

    @Override
    public boolean owns(String relativePath) {
        return relativePath.equals(REGISTER) || relativePath.matches("notices/(notice|return)-.+-(kk|ru)\\.(docx|pdf)");
    }

    @Override
    public void write(MonthResult result, String file, OutputStream out) throws IOException {
        if (file.equals(REGISTER)) {
            register(result, out);
            return;
        }
        for (WritNotice n : result.notices()) {
            for (String lang : LANGUAGES) {
                if (file.equals(name(n, lang, "docx")) || file.equals(name(n, lang, "pdf"))) {
                    Map<String, String> values = NoticeFacts.of(n, result, lang);
                    // RULES §11.1: an agreement or a sentence has no bailiff; its notice goes to the recipient
                    boolean recipient = !n.deduction().writ().kind().hasBailiff();
                    String template =
                            (n.isDismissal() ? (recipient ? "dismissal-recipient-" : "dismissal-") : "return-") + lang;
                    List<Block> blocks = NoticeTemplate.load(template).fill(values);
                    String title = title(blocks) + " — " + n.deduction().writ().id();
                    byte[] bytes = file.endsWith(".pdf")
                            ? NoticePdf.render(blocks, title, result.employer().name(), result.now())
                            : NoticeDocx.render(blocks, title, result.employer().name(), result.now(), lang);
                    out.write(bytes);
                    return;
                }
            }
        }
        throw new IllegalStateException("no notice writes " + file);
    }

    private static String title(List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b instanceof Block.Title)
                .map(b -> ((Block.Title) b).text())
                .findFirst()
                .orElse("Notice");
    }

    /** {@code notices/notice-W01-kk.pdf}; characters a file name cannot hold become {@code _}. */
    static String name(WritNotice n, String lang, String ext) {
        String id = n.deduction().writ().id().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        return "notices/" + (n.isDismissal() ? "notice-" : "return-") + id + "-" + lang + "." + ext;
    }

    private static void register(MonthResult result, OutputStream out) throws IOException {
        try (CsvOutput csv = new CsvOutput(out)) {
            csv.row(HEADER);
            for (WritNotice n : result.notices()) {
                var w = n.deduction().writ();
                csv.row(List.of(
                        NoticeFacts.outgoingNumber(result, n),
                        n.isDismissal() ? "DISMISSAL_NOTICE" : "WRIT_RETURN",
                        n.reason().name(),
                        CsvOutput.text(w.id()),
                        CsvOutput.text(n.month().debtor().employeeId()),
                        CsvOutput.text(w.bailiff().name()),
                        CsvOutput.text(w.bailiff().email().orElse("")),
                        CsvOutput.text(w.claimant().name()),
                        n.eventDate().toString(),
                        result.now().toLocalDate().toString(),
                        n.deadline().toString(),
                        Long.toString(NoticeFacts.lateDays(n, result)),
                        String.join(
                                " ",
                                List.of(
                                        name(n, "kk", "pdf"),
                                        name(n, "ru", "pdf"),
                                        name(n, "kk", "docx"),
                                        name(n, "ru", "docx")))));
            }
        }
    }
}
