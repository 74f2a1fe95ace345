package kz.ustau.app.ledger;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import kz.ustau.app.Messages;

/**
 * A database that holds several employers was opened without naming one (issue 18): nothing was read or changed; the
 * command says which employers the database holds (their BINs masked, as IINs are) and asks for {@code --employer}.
 */
public final class EmployerNotNamedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final List<String> maskedBins;

    public EmployerNotNamedException(String location, List<String> maskedBins) {
        super("the ledger " + location + " holds " + maskedBins.size() + " employers (" + String.join(", ", maskedBins)
                + "): name one with --employer FILE");
        this.location = location;
        this.maskedBins = List.copyOf(maskedBins);
    }

    /** The refusal as one line in {@code language}. */
    public String message(Locale language) {
        return Messages.text(language, "ledger.employer.not-named", location, String.join(", ", maskedBins));
    }
}
