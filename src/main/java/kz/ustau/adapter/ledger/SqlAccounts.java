package kz.ustau.adapter.ledger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ustau.app.ledger.Account;
import kz.ustau.app.ledger.Role;
import kz.ustau.app.port.Accounts;

/**
 * The page's accounts in the ledger's database (issue 18, docs/bureau.md §3): {@code app_user} and {@code user_role}.
 * They are the bureau's, not an employer's, so these statements alone name no {@code employer_bin} scope but the role's
 * own column; each change is a step of the audit trail.
 */
final class SqlAccounts implements Accounts {
    private final Connection db;
    private final String employer;
    private final SqlWritRegistry.Audit audit;
    private final String location;

    SqlAccounts(Connection db, String location, String employer, SqlWritRegistry.Audit audit) {
        this.db = db;
        this.location = location;
        this.employer = employer;
        this.audit = audit;
    }

    @Override
    public boolean any() throws IOException {
        return sql(() -> {
            try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM app_user WHERE disabled_at IS NULL");
                    ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Optional<Account> account(String login) throws IOException {
        return accounts(login).stream().findFirst();
    }

    @Override
    public List<Account> list() throws IOException {
        return accounts(null);
    }

    private List<Account> accounts(String login) throws IOException {
        return sql(() -> {
            Map<String, Map<String, Role>> roles = new HashMap<>();
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT login, employer_bin, role FROM user_role" + (login == null ? "" : " WHERE login = ?"))) {
                if (login != null) {
                    s.setString(1, login);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Optional<Role> role = Role.of(rs.getString(3));
                        if (role.isPresent()) {
                            roles.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                                    .put(rs.getString(2), role.get());
                        }
                    }
                }
            }
            List<Account> out = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT login, hash, created_at, disabled_at FROM app_user"
                    + (login == null ? "" : " WHERE login = ?") + " ORDER BY login")) {
                if (login != null) {
                    s.setString(1, login);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Account(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDateTime.class),
                                Optional.ofNullable(rs.getObject(4, LocalDateTime.class)),
                                roles.getOrDefault(rs.getString(1), Map.of())));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean add(String login, String hash, LocalDateTime at) throws IOException {
        return sql(() -> {
            if (account(login).isPresent()) {
                return false;
            }
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO app_user (login, hash, created_at) VALUES (?, ?, ?)")) {
                s.setString(1, login);
                s.setString(2, hash);
                s.setObject(3, at);
                s.executeUpdate();
            }
            audit.add("USER_ADDED", login, "", at);
            return true;
        });
    }

    @Override
    public void role(String login, Role role, LocalDateTime at) throws IOException {
        sql(() -> {
            try (PreparedStatement s =
                    db.prepareStatement("DELETE FROM user_role WHERE login = ? AND employer_bin = ?")) {
                s.setString(1, login);
                s.setString(2, employer);
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO user_role (login, employer_bin, role) VALUES (?, ?, ?)")) {
                s.setString(1, login);
                s.setString(2, employer);
                s.setString(3, role.code());
                s.executeUpdate();
            }
            audit.add("ROLE", login, role.code(), at);
            return null;
        });
    }

    @Override
    public boolean disable(String login, LocalDateTime at) throws IOException {
        return sql(() -> {
            int n;
            try (PreparedStatement s = db.prepareStatement(
                    "UPDATE app_user SET disabled_at = ? WHERE login = ? AND disabled_at IS NULL")) {
                s.setObject(1, at);
                s.setString(2, login);
                n = s.executeUpdate();
            }
            if (n > 0) {
                audit.add("USER_DISABLED", login, "", at);
            }
            return n > 0;
        });
    }

    private <T> T sql(SqlTransaction.Sql<T> work) throws IOException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IOException("the ledger " + location + ": " + e.getMessage(), e);
        }
    }
}
