/**
 * The writ registry in an embedded database (issue 5): H2 in a file by default, or any JDBC URL (PostgreSQL), the
 * schema by Flyway migrations in {@code db/migration}. Every change is one transaction.
 */
package kz.ustau.adapter.ledger;
