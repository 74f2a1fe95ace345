package kz.ustau.app.ledger;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The files of one month command, kept in the ledger in the same transaction as the month (issue 13): where they go,
 * when they were made, and when they reached the folder — empty while they have not, for the next command to finish.
 */
public record Publication(
        long id,
        YearMonth period,
        Path dir,
        LocalDateTime madeAt,
        Optional<LocalDateTime> publishedAt,
        List<String> files) {
    public Publication {
        files = List.copyOf(files);
    }
}
