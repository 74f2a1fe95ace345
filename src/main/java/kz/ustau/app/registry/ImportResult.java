package kz.ustau.app.registry;

import java.util.List;

/** What an import of a writs file did: writs added, changed (a new version) and unchanged. */
public record ImportResult(int added, int changed, int unchanged, List<String> changedIds, List<String> addedIds) {
    public ImportResult {
        changedIds = List.copyOf(changedIds);
        addedIds = List.copyOf(addedIds);
    }
}
