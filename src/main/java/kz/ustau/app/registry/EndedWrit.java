package kz.ustau.app.registry;

import java.time.LocalDateTime;
import kz.ustau.app.WritRecord;

/** A writ ended in the registry and still owed its return letter: the writ, the reason as recorded, and when. */
public record EndedWrit(WritRecord writ, String reason, LocalDateTime at) {}
