package kz.ustau.app.registry;

import java.util.Optional;
import kz.ustau.domain.writ.WritStatus;

/** A writ in the registry as listed: its debtor's IIN (to be masked wherever shown), kind, status and reason, version. */
public record RegistryEntry(
        String writId, String debtorIin, String kind, WritStatus status, Optional<String> reason, int version) {}
