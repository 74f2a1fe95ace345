package kz.ustau.domain.writ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of writ and their queues, periodicity and protection (RULES §6; {@code priority.csv}), and the two kinds
 * outside the order (RULES §11.1: {@link WritKind#AGREEMENT}, {@link WritKind#CORRECTIONAL}) unless the table names
 * them itself.
 */
public final class PriorityTable {
    public static final String FILE = "priority.csv";
    private final Map<String, WritKind> kinds = new LinkedHashMap<>();

    public PriorityTable(List<WritKind> rows) {
        for (WritKind kind : rows) {
            if (kinds.put(kind.code(), kind) != null) {
                throw new IllegalArgumentException("kind listed twice: " + kind.code());
            }
        }
        kinds.putIfAbsent(WritKind.AGREEMENT.code(), WritKind.AGREEMENT);
        kinds.putIfAbsent(WritKind.CORRECTIONAL.code(), WritKind.CORRECTIONAL);
    }

    public Optional<WritKind> kind(String code) {
        return Optional.ofNullable(kinds.get(code));
    }

    public List<String> codes() {
        return List.copyOf(kinds.keySet());
    }
}
