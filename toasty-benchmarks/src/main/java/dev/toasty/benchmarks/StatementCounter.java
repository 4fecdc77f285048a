package dev.toasty.benchmarks;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the statements a contender sends: every execute call on a statement from the wrapped data
 * source (a JDBC batch counts once, as it is one round trip), with its SQL. For the statement-count
 * checks only; the proxies cost time, so benchmarks never use it.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final Map<Connection, Connection> unwrapped = new IdentityHashMap<>();

    /** The statements sent since the last {@link #reset}, in order. */
    public List<String> statements() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public int count() {
        return sent.size();
    }

    public void reset() {
        sent.clear();
    }

    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, null);
    }

    private <T> T proxy(Class<T> type, Object target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection c && !(target instanceof Connection)) {
                return proxy(Connection.class, c, null);
            }
            if (result instanceof Connection c && method.getName().equals("unwrap") && args[0] == Connection.class) {
                // one counting proxy per physical connection, so whoever keeps statements per connection still sees one
                synchronized (unwrapped) {
                    return unwrapped.computeIfAbsent(c, k -> proxy(Connection.class, k, null));
                }
            }
            if (result instanceof Statement s && target instanceof Connection) {
                String text = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
                Class<? extends Statement> kind = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                        : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                return proxy(kind, s, text);
            }
            if (EXECUTES.contains(method.getName()) && target instanceof Statement) {
                sent.add(args != null && args.length > 0 && args[0] instanceof String q ? q : sql);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
