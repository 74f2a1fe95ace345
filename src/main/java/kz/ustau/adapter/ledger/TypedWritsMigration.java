package kz.ustau.adapter.ledger;

import kz.ustau.app.ReferenceTables;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway's step 8.1 on PostgreSQL (issue 13): the writ versions kept before typed rows get their typed columns, read
 * from the lines they were imported as ({@link LegacyWrits}), in the migration's transaction.
 */
final class TypedWritsMigration implements JavaMigration {
    private final ReferenceTables tables;

    TypedWritsMigration(ReferenceTables tables) {
        this.tables = tables;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "typed writs";
    }

    @Override
    public Integer getChecksum() {
        return 81;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        LegacyWrits.fill(context.getConnection(), tables);
    }
}
