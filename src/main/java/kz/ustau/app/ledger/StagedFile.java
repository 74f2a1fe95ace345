package kz.ustau.app.ledger;

import java.nio.file.Path;

/** A file a month command has written, waiting to be published: its name in the folder, where it is, its SHA-256. */
public record StagedFile(String name, Path content, String sha256, long size) {}
