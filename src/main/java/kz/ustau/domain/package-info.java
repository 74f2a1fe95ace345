/**
 * The rules of withholding from pay under Kazakh law, free of I/O, clocks and files (shared/domain RULES.md).
 * Nothing here accepts or returns {@code null}; optional values are {@link java.util.Optional}.
 */
package kz.ustau.domain;
