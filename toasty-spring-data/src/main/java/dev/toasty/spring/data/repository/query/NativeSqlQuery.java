package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Feature;

import dev.toasty.NativeQuery;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.spring.data.repository.Modifying;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A method annotated {@link dev.toasty.spring.data.repository.Query}: native SQL whose {@code :name}
 * parameters are matched to the method's parameters at startup. A {@link Modifying} method executes
 * it and returns the rows changed; any other reads rows of the repository's model (or a projection of them), or of
 * another model of the same Toasty instance when the method returns that model ({@code List<PetType> findPetTypes()}
 * on an owner repository).
 * Refused at startup on backends without SQL. Thread-safe.
 */
final class NativeSqlQuery implements RepositoryQuery {

    private final Toasty toasty;
    private final MethodContext method;
    private final String sql;
    private final Map<String, Integer> parameters;
    private final boolean modifying;
    private final Execution execution;
    private final Class<?> rows;
    private final Results results;

    private NativeSqlQuery(Toasty toasty, MethodContext method, String sql, Map<String, Integer> parameters,
                           boolean modifying, Execution execution, Class<?> rows, Results results) {
        this.toasty = toasty;
        this.method = method;
        this.sql = sql;
        this.parameters = parameters;
        this.modifying = modifying;
        this.execution = execution;
        this.rows = rows;
        this.results = results;
    }

    /** The model the rows map to: the one the method returns if it is another model of {@code toasty}, else the repository's. */
    static Class<?> rowModel(Toasty toasty, MethodContext method) {
        Class<?> returned = method.queryMethod().getResultProcessor().getReturnedType().getReturnedType();
        boolean otherModel = returned != method.model().type()
                && toasty.schema().models().stream().anyMatch(m -> m.type() == returned);
        return otherModel ? returned : method.model().type();
    }

    static NativeSqlQuery create(Toasty toasty, MethodContext method, String sql, Class<?> rows, Results results) {
        if (!method.capability().has(Feature.NATIVE_SQL)) {
            var cause = new UnsupportedFeatureException("native SQL (@Query)", method.capability().backend(),
                    "use a derived query method");
            throw method.refuse("@Query runs native SQL, which " + method.capability().backend() + " does not support", cause);
        }
        boolean modifying = method.method().isAnnotationPresent(Modifying.class);
        QueryMethod query = method.queryMethod();
        if (!modifying && (query.isPageQuery() || query.isSliceQuery() || query.isScrollQuery())) {
            throw method.refuse("a @Query method returns a row, an Optional, a List or a Stream, not a Page, Slice or Window "
                    + "(native SQL has no count query Toasty could derive): use a derived query method, which pages, or "
                    + "write LIMIT and OFFSET into the SQL and a second @Query for the count");
        }
        Map<String, Integer> parameters = parameters(method, SqlParameters.names(sql));
        Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(method.method().getReturnType());
        if (modifying) {
            if (returned != void.class && returned != Void.class && returned != Long.class && returned != Integer.class) {
                throw method.refuse("a @Modifying query returns void, long or int (the rows changed), not " + returned.getSimpleName());
            }
            return new NativeSqlQuery(toasty, method, sql, parameters, true, Execution.DELETE_COUNT, rows, results);
        }
        Execution execution = query.isStreamQuery() ? Execution.STREAM : query.isCollectionQuery() ? Execution.LIST : Execution.SINGLE;
        return new NativeSqlQuery(toasty, method, sql, parameters, false, execution, rows, results);
    }

    /** The position of the method parameter of each SQL parameter; every parameter must be used. */
    private static Map<String, Integer> parameters(MethodContext method, Set<String> names) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Parameter p : method.queryMethod().getParameters()) {
            if (!p.isBindable()) {
                if (!p.isDynamicProjectionParameter()) {
                    throw method.refuse("a @Query method takes values only, not " + p.getType().getSimpleName()
                            + ": write sorting and paging into the SQL");
                }
                continue;
            }
            String name = p.getName().orElseThrow(() -> method.refuse("parameter " + p.getIndex()
                    + " has no name: annotate it with @Param or compile with -parameters"));
            if (!names.contains(name)) {
                throw method.refuse("parameter '" + name + "' does not appear in the SQL as :" + name);
            }
            positions.put(name, p.getIndex());
        }
        for (String name : names) {
            if (!positions.containsKey(name)) {
                throw method.refuse("the SQL names :" + name + ", but the method has no parameter of that name; "
                        + "its parameters are " + positions.keySet());
            }
        }
        return Map.copyOf(positions);
    }

    @Override
    public Object execute(Object[] args) {
        NativeQuery query = toasty.sql(sql);
        parameters.forEach((name, index) -> query.bind(name, args[index]));
        if (modifying) {
            long changed = query.execute();
            Class<?> returned = method.method().getReturnType();
            if (returned == int.class || returned == Integer.class) {
                return Math.toIntExact(changed);
            }
            return returned == long.class || returned == Long.class ? changed : null;
        }
        @SuppressWarnings("unchecked")
        List<Object> read = (List<Object>) query.list(rows);
        List<Object> mapped = results.map(read, new ParametersParameterAccessor(method.queryMethod().getParameters(), args));
        return switch (execution) {
            case STREAM -> mapped.stream();
            case LIST -> mapped;
            default -> single(mapped);
        };
    }

    private Object single(List<Object> rows) {
        if (rows.size() > 1) {
            throw new IncorrectResultSizeDataAccessException(method.method().getName() + " returns one row, but the SQL gave "
                    + rows.size(), 1, rows.size());
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method.queryMethod();
    }
}
