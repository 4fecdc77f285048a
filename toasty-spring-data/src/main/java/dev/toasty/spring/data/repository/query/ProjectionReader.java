package dev.toasty.spring.data.repository.query;

import dev.toasty.Query;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where projections get their values: {@link #read} asks the engine for the projected fields only
 * ({@code Query.listValues}); {@link #fromEntities} picks them from entities already read in full, for
 * windows (whose cursors need whole rows) and native SQL. Stateless.
 */
final class ProjectionReader {

    private ProjectionReader() {
    }

    /** The projections of the rows of {@code query}, reading only the projected columns. */
    static List<Object> read(Query<Object> query, Projection projection) {
        String[] names = projection.fields().stream().map(Field::name).toArray(String[]::new);
        List<Object[]> rows = query.listValues(names);
        List<Object> out = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            out.add(projection.create(values));
        }
        return out;
    }

    /** The projections of {@code rows}, entities of {@code model}. */
    static List<Object> fromEntities(Model model, Projection projection, List<Object> rows) {
        List<Field> fields = projection.fields();
        List<Object> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = model.records().get(row, fields.get(i).index());
            }
            out.add(projection.create(values));
        }
        return out;
    }
}
