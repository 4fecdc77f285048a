package dev.toasty.benchmarks.raw;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import dev.toasty.benchmarks.ItemFilter;
import dev.toasty.benchmarks.RawRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit every library is measured against: one connection held for the trial, each statement
 * prepared once and reused, columns read by position, objects built by hand.
 */
public final class RawJdbc implements Contender {

    /** A user with their posts, as S7 loads them. */
    public record UserPosts(long id, String name, String email, List<Post> posts) {
    }

    public record Post(long id, long userId, String title, String body) {
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public RawJdbc(Database db) {
        try {
            this.connection = db.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = sql.startsWith("INSERT") ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    @Override
    public Object find(long id) {
        try {
            PreparedStatement ps = prepare(RawRows.SELECT + " WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? RawRows.readItem(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<?> listActive(int n) {
        try {
            PreparedStatement ps = prepare(RawRows.SELECT + " WHERE active = ? ORDER BY id LIMIT ?");
            ps.setBoolean(1, true);
            ps.setInt(2, n);
            return items(ps);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ItemData> items(PreparedStatement ps) throws SQLException {
        List<ItemData> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(RawRows.readItem(rs));
            }
        }
        return out;
    }

    @Override
    public long insert(ItemData item) {
        try {
            PreparedStatement ps = prepare("INSERT INTO bench_item (" + RawRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            RawRows.bindItem(ps, item, 1);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void insertAll(List<ItemData> items) {
        inTransaction(() -> {
            PreparedStatement ps = prepare("INSERT INTO bench_item (" + RawRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            int pending = 0;
            for (ItemData item : items) {
                RawRows.bindItem(ps, item, 1);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        });
    }

    @Override
    public void updateQty(long id, int qty) {
        try {
            PreparedStatement ps = prepare("UPDATE bench_item SET qty = ? WHERE id = ?");
            ps.setInt(1, qty);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void updateAll(List<ItemData> items) {
        inTransaction(() -> {
            PreparedStatement ps = prepare("UPDATE bench_item SET name = ?, category = ?, note = ?, qty = ?, grade = ?, "
                    + "price = ?, stock = ?, score = ?, active = ? WHERE id = ?");
            for (ItemData item : items) {
                RawRows.bindItem(ps, item, 1);
                ps.setLong(10, item.id());
                ps.addBatch();
            }
            ps.executeBatch();
        });
    }

    @Override
    public int usersWithPosts() {
        try {
            Map<Long, List<Post>> byUser = new HashMap<>();
            List<UserPosts> users = new ArrayList<>();
            try (ResultSet rs = prepare("SELECT id, name, email FROM bench_user ORDER BY id").executeQuery()) {
                while (rs.next()) {
                    List<Post> posts = new ArrayList<>();
                    byUser.put(rs.getLong(1), posts);
                    users.add(new UserPosts(rs.getLong(1), rs.getString(2), rs.getString(3), posts));
                }
            }
            try (ResultSet rs = prepare("SELECT id, user_id, title, body FROM bench_post ORDER BY id").executeQuery()) {
                while (rs.next()) {
                    Post post = new Post(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
                    byUser.get(post.userId()).add(post);
                }
            }
            int posts = 0;
            for (UserPosts user : users) {
                posts += user.posts().size();
            }
            return posts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<?> filter(ItemFilter filter) {
        StringBuilder sql = new StringBuilder(RawRows.SELECT).append(" WHERE 1 = 1");
        if (filter.category() != null) {
            sql.append(" AND category = ?");
        }
        if (filter.minQty() != null) {
            sql.append(" AND qty >= ?");
        }
        if (filter.active() != null) {
            sql.append(" AND active = ?");
        }
        sql.append(" ORDER BY id LIMIT ").append(ItemFilter.LIMIT);
        try {
            PreparedStatement ps = prepare(sql.toString());
            int p = 1;
            if (filter.category() != null) {
                ps.setString(p++, filter.category());
            }
            if (filter.minQty() != null) {
                ps.setInt(p++, filter.minQty());
            }
            if (filter.active() != null) {
                ps.setBoolean(p, filter.active());
            }
            return items(ps);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ItemData view(Object item) {
        return (ItemData) item;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
