package dev.toasty.benchmarks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Hand mapping for raw JDBC: binds and reads {@code bench_item} by position. */
public final class RawRows {

    /** The nine columns after id, in table order. */
    public static final String COLUMNS = "name, category, note, qty, grade, price, stock, score, active";
    public static final String SELECT = "SELECT id, " + COLUMNS + " FROM bench_item";

    private RawRows() {
    }

    /** Binds the nine non-key columns from parameter {@code first} on. */
    public static void bindItem(PreparedStatement ps, ItemData item, int first) throws SQLException {
        ps.setString(first, item.name());
        ps.setString(first + 1, item.category());
        if (item.note() == null) {
            ps.setNull(first + 2, Types.VARCHAR);
        } else {
            ps.setString(first + 2, item.note());
        }
        ps.setInt(first + 3, item.qty());
        ps.setInt(first + 4, item.rank());
        ps.setLong(first + 5, item.price());
        ps.setLong(first + 6, item.stock());
        ps.setDouble(first + 7, item.score());
        ps.setBoolean(first + 8, item.active());
    }

    public static ItemData readItem(ResultSet rs) throws SQLException {
        return new ItemData(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getLong(7), rs.getLong(8), rs.getDouble(9), rs.getBoolean(10));
    }
}
