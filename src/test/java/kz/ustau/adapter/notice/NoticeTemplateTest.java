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
            "bailiff.name",
            "bailiff.office",
            "bailiff.address",
            "bailiff.email",
            "claimant.name",
            "debtor.name",
            "debtor.iin",
            "debtor.employee",
            "dismissal.date",
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
            "next.period",
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
        assertThat(blocks).filteredOn(b -> b instanceof Block.Title).hasSize(1);
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

    /** RULES §9: a letter written after its deadline says it is late and when it was due; one on time, when it is due. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dismissal-kk", "dismissal-ru", "return-kk", "return-ru"})
    void aLateLetterSaysItIsLateAndAnOnTimeOneDoesNot(String name) {
        Map<String, String> v = values();
        String onTime = NoticeTemplate.load(name).fill(v).toString();
        v.put("late", "4");
        String late = NoticeTemplate.load(name).fill(v).toString();
        String word = name.endsWith("-ru") ? "с опозданием" : "кешігіп жіберіліп";
        assertThat(late).contains(word, "<deadline>");
        assertThat(onTime).doesNotContain(word).contains("<deadline>");
    }
}
