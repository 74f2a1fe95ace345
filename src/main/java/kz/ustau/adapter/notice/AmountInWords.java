package kz.ustau.adapter.notice;

import java.util.ArrayList;
import java.util.List;
import kz.ustau.domain.money.Tenge;

/**
 * An amount in words, as Kazakh and Russian documents write it after the figures: «сто двадцать тысяч тенге 50
 * тиын» / «жүз жиырма мың теңге 50 тиын». Tenge and tiyn do not decline in either language; Russian thousands are
 * feminine (одна тысяча, две тысячи).
 */
final class AmountInWords {
    private static final String[] KK_ONES = {"", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"};
    private static final String[] KK_TENS = {
        "", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"
    };
    private static final String[] KK_SCALES = {"", "мың", "миллион", "миллиард", "триллион"};

    private static final String[] RU_ONES_M = {
        "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"
    };
    private static final String[] RU_ONES_F = {
        "", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"
    };
    private static final String[] RU_TEENS = {
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать"
    };
    private static final String[] RU_TENS = {
        "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"
    };
    private static final String[] RU_HUNDREDS = {
        "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"
    };
    private static final String[][] RU_SCALES = {
        {"", "", ""},
        {"тысяча", "тысячи", "тысяч"},
        {"миллион", "миллиона", "миллионов"},
        {"миллиард", "миллиарда", "миллиардов"},
        {"триллион", "триллиона", "триллионов"}
    };

    private AmountInWords() {}

    static String kk(Tenge amount) {
        long whole = whole(amount);
        return (whole == 0 ? "нөл" : kkNumber(whole)) + " теңге " + tiyn(amount) + " тиын";
    }

    static String ru(Tenge amount) {
        long whole = whole(amount);
        return (whole == 0 ? "ноль" : ruNumber(whole)) + " тенге " + tiyn(amount) + " тиын";
    }

    private static long whole(Tenge amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an amount in words is never negative: " + amount);
        }
        return amount.amount().longValue();
    }

    private static String tiyn(Tenge amount) {
        return String.format("%02d", amount.tiyn() % 100);
    }

    static String kkNumber(long n) {
        return spell(n, (g, v, words) -> {
            int h = v / 100;
            int t = (v / 10) % 10;
            int o = v % 10;
            if (h > 0) {
                words.add(KK_ONES[h]);
                words.add("жүз");
            }
            if (t > 0) {
                words.add(KK_TENS[t]);
            }
            if (o > 0) {
                words.add(KK_ONES[o]);
            }
            if (g > 0) {
                words.add(KK_SCALES[g]);
            }
        });
    }

    static String ruNumber(long n) {
        return spell(n, (g, v, words) -> {
            int h = v / 100;
            int t = (v / 10) % 10;
            int o = v % 10;
            if (h > 0) {
                words.add(RU_HUNDREDS[h]);
            }
            if (t == 1) {
                words.add(RU_TEENS[o]);
            } else {
                if (t > 1) {
                    words.add(RU_TENS[t]);
                }
                if (o > 0) {
                    words.add(g == 1 ? RU_ONES_F[o] : RU_ONES_M[o]);
                }
            }
            if (g > 0) {
                words.add(RU_SCALES[g][form(v)]);
            }
        });
    }

    /** How one language says a group of three digits {@code v}, {@code g} groups from the right (0: units). */
    private interface Group {
        void say(int g, int v, List<String> words);
    }

    /** The words of {@code n}, group by group from the highest, empty groups left out. */
    private static String spell(long n, Group group) {
        List<String> words = new ArrayList<>();
        List<Integer> groups = groups(n);
        for (int g = groups.size() - 1; g >= 0; g--) {
            if (groups.get(g) != 0) {
                group.say(g, groups.get(g), words);
            }
        }
        return String.join(" ", words);
    }

    /** Russian plural form: 1 → 0 (тысяча), 2–4 → 1 (тысячи), else 2 (тысяч); 11–14 take the last. */
    private static int form(int v) {
        int lastTwo = v % 100;
        int last = v % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return 2;
        }
        if (last == 1) {
            return 0;
        }
        return last >= 2 && last <= 4 ? 1 : 2;
    }

    private static List<Integer> groups(long n) {
        List<Integer> groups = new ArrayList<>();
        long rest = n;
        while (rest > 0) {
            groups.add((int) (rest % 1000));
            rest /= 1000;
        }
        return groups;
    }
}
