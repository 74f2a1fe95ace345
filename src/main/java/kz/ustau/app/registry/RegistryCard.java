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
}
