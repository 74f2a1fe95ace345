package kz.ustau.app;

import kz.ustau.domain.writ.Writ;

/** A writ and the row of the writs file it was read from, so that later checks can point at it. */
public record WritRecord(Writ writ, long row) {}
