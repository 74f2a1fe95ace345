package kz.ustau.app.registry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One writ: its entry, every version as it was imported, and everything that happened to it. */
public record RegistryCard(RegistryEntry entry, List<Version> versions, List<Event> events) {
    public RegistryCard {
        versions = List.copyOf(versions);
        events = List.copyOf(events);
    }

    /** A version of the writ: the line of the bailiff's file as imported, from which file and row, and when. */
    public record Version(int version, String content, String source, long row, LocalDateTime importedAt) {}

    /** What happened to the writ: imported, updated, suspended, resumed, ended, a letter sent. */
    public record Event(LocalDateTime at, String event, Optional<String> detail) {}

    /**
     * Whether the registry had the writ suspended while {@code p} was being paid: at some time from the month's first
     * day to the end of the month after (when a month's payroll is run).
     */
    public boolean suspendedIn(java.time.YearMonth p) {
        java.time.LocalDateTime start = p.atDay(1).atStartOfDay();
        java.time.LocalDateTime end = p.plusMonths(2).atDay(1).atStartOfDay();
        boolean suspended = false;
        java.util.List<Event> sorted = new java.util.ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(Event::at));
        for (Event e : sorted) {
            boolean before = e.at().isBefore(start);
            if (!before && !e.at().isBefore(end)) {
                break;
            }
            if (e.event().equals(kz.ustau.domain.writ.WritStatus.SUSPENDED.name())) {
                suspended = true;
                if (!before) {
                    return true;
                }
            } else if (e.event().equals(kz.ustau.domain.writ.WritStatus.ACTIVE.name())
                    || e.event().equals(kz.ustau.domain.writ.WritStatus.ENDED.name())) {
                if (suspended && !before) {
                    return true; // suspended when the range began, resumed inside it
                }
                suspended = false;
            }
        }
        return suspended;
    }

    /**
     * The first month a letter went out for the writ (a dismissal notice or a return letter, event {@code LETTER}, detail
     * {@code letter of YYYY-MM}): from then on the writ is back with the bailiff.
     */
    public Optional<java.time.YearMonth> firstLetter() {
        return events.stream()
                .filter(e -> e.event().equals("LETTER"))
                .flatMap(e -> e.detail().stream())
                .filter(d -> d.startsWith("letter of "))
                .map(d -> java.time.YearMonth.parse(
                        d.substring("letter of ".length()).strip()))
                .min(java.util.Comparator.naturalOrder());
    }

    /** When the writ arrived: its first import (event {@code IMPORTED}). */
    public Optional<java.time.LocalDateTime> received() {
        return events.stream()
                .filter(e -> e.event().equals("IMPORTED"))
                .map(Event::at)
                .min(java.util.Comparator.naturalOrder());
    }
}
