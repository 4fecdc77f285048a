package dev.toasty.spring.data.repository.query;

import dev.toasty.query.Order;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Not API: turns a Spring {@link Sort} into Toasty {@link Order} terms, refusing a property the model
 * lacks, a path across a relation ({@code author.name}), an unsortable field and case-insensitive
 * sorting, each by name.
 */
public final class SortOrders {

    private SortOrders() {
    }

    /** The order terms of {@code sort} (none for an unsorted sort). */
    @SuppressWarnings("unchecked")
    public static Order<Object>[] of(FieldPaths paths, Sort sort) {
        List<Order<Object>> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            orders.add(term(paths, o));
        }
        return orders.toArray(Order[]::new);
    }

    private static Order<Object> term(FieldPaths paths, Sort.Order o) {
        Model model = paths.model();
        String property = o.getProperty();
        String first = property.split("\\.", 2)[0];
        if (!paths.has(property) && paths.hasRelation(first)) {
            throw new InvalidDataAccessApiUsageException("Cannot sort " + model.name() + " by '" + property
                    + "': a query sorts by fields of " + model.name() + " itself, not across the relation "
                    + model.relation(first).qualifiedName() + "; keep the value on " + model.name()
                    + ", or sort the related records once loaded");
        }
        if (!paths.has(property)) {
            throw new InvalidDataAccessApiUsageException("Cannot sort " + model.name() + " by '" + property
                    + "': the model has no such field (nested properties are not supported); its fields are "
                    + model.fields().stream().map(Field::name).collect(Collectors.joining(", ")));
        }
        if (model.field(property).type() == FieldType.BYTES) {
            throw new InvalidDataAccessApiUsageException("Cannot sort " + model.name() + " by '" + property
                    + "': values of type " + model.field(property).type() + " have no order");
        }
        if (o.isIgnoreCase()) {
            throw new InvalidDataAccessApiUsageException("Cannot sort " + model.name() + " by '" + property
                    + "' ignoring case: Toasty sorts by stored values; drop ignoreCase()");
        }
        Order<Object> term = o.isAscending() ? paths.path(property).asc() : paths.path(property).desc();
        return switch (o.getNullHandling()) {
            case NULLS_FIRST -> term.nullsFirst();
            case NULLS_LAST -> term.nullsLast();
            case NATIVE -> term;
        };
    }
}
