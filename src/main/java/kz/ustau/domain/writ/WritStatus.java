package kz.ustau.domain.writ;

/** Where a writ held by the employer stands in the registry (issue 5; docs/registry.md). */
public enum WritStatus {
    /** Withheld from every month (орындалуда / на исполнении). */
    ACTIVE,
    /** Not withheld until resumed, by the bailiff's resolution (тоқтатылған / приостановлен). */
    SUSPENDED,
    /** No longer withheld, for a reason of the law (аяқталған / окончен); see {@link EndReason}. */
    ENDED
}
