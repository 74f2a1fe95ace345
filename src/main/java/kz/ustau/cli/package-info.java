/** The command line {@code ustau} (CONTRACT §1–§2): picocli commands over the use cases; {@link kz.ustau.cli.Main} wires the adapters. */
package kz.ustau.cli;
