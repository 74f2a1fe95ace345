package kz.ustau.adapter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template parses into the blocks the renderers know, and uses only placeholders the facts provide. */
class NoticeTemplateTest {
    static final List<String> KEYS = List.of(
            "register",
            "date",
            "deadline",
            "employer.name",
            "employer.bin",
            "employer.address",
            "employer.phone",
            "employer.head",
            "employer.accountant",
            "employer.head.post",
            "employer.accountant.post",
            "bailiff.name",
            "bailiff.office",
            "bailiff.address",
            "bailiff.email",
            "claimant.name",
            "debtor.name",
            "debtor.iin",
            "debtor.employee",
            "dismissal.date",
            "dismissal.words",
            "new.employer",
            "new.address",
            "writ.number",
            "writ.date",
            "court",
            "case.number",
            "writ.kind",
            "writ.terms",
            "writ.periods",
            "period",
            "period.words",
            "next.period",
            "next.from",
            "withheld",
            "withheld.words",
            "withheld.total",
            "debt",
            "debt.words",
            "figures.note",
            "reason");

    static Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        KEYS.forEach(k -> v.put(k, "<" + k + ">"));
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dismissal-kk", "dismissal-ru", "return-kk", "return-ru"})
    void fillsIntoTitleAddressTableAndSignatures(String name) throws Exception {
        List<Block> blocks = NoticeTemplate.load(name).fill(values());
        // issue 22: a return letter has no «ПИСЬМО / ХАТ» heading, only its subject
        assertThat(blocks).filteredOn(b -> b instanceof Block.Title).hasSize(name.startsWith("return") ? 0 : 1);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Subtitle).hasSize(1);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Address).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Row).hasSizeGreaterThanOrEqualTo(8);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Signature).hasSize(2);
        String text = blocks.toString();
        assertThat(text).doesNotContain("{{").contains("<debtor.iin>", "<withheld.words>", "<employer.phone>");
        try (var in = NoticeTemplate.class.getResourceAsStream("/kz/ustau/notice/" + name + ".txt")) {
            Matcher m = Pattern.compile("\\{\\{([a-z.]+)\\??}}").matcher(new String(in.readAllBytes(), "UTF-8"));
            while (m.find()) {
                assertThat(KEYS).as("placeholder of %s", name).contains(m.group(1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dismissal-ru", "return-kk"})
    void anAbsentOptionalLineIsDropped(String name) {
        Map<String, String> v = values();
        v.remove("bailiff.office");
        v.remove("bailiff.address");
        v.remove("bailiff.email");
        List<Block> blocks = NoticeTemplate.load(name).fill(v);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Address).hasSize(2);
        v.put("bailiff.email", "bailiff@example.kz");
        assertThat(NoticeTemplate.load(name).fill(v).toString()).contains("bailiff@example.kz");
    }

    /**
     * Issue 22: a letter does not describe its own deadline, on time or late (a bailiff reads the date it is written);
     * the deadline and the delay are on the page and in the warnings.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dismissal-kk", "dismissal-ru", "return-kk", "return-ru"})
    void aLetterSaysNothingOfItsOwnDeadlineLateOrNot(String name) {
        Map<String, String> v = values();
        String onTime = NoticeTemplate.load(name).fill(v).toString();
        v.put("late", "4");
        String late = NoticeTemplate.load(name).fill(v).toString();
        assertThat(late).isEqualTo(onTime).doesNotContain("<deadline>", "с опозданием", "кешігіп");
    }
}
