package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.spring.data.repository.query.FieldPaths;
import org.springframework.data.repository.core.EntityInformation;

/**
 * What Spring Data needs to know of a Toasty model: its type, its id and whether an entity is new.
 * An entity is new when its {@code @Auto} key is unset (null, or 0 for a primitive), or when no row
 * has its key; the latter asks the database. Thread-safe.
 */
public final class ToastyEntityInformation<T, ID> implements EntityInformation<T, ID> {

    private final Toasty toasty;
    private final Model model;
    private final Class<T> type;
    private final Class<ID> idType;
    private final FieldPaths paths;
    private final EntityKeys keys;

    private ToastyEntityInformation(Toasty toasty, Model model, Class<T> type, Class<ID> idType) {
        this.toasty = toasty;
        this.model = model;
        this.type = type;
        this.idType = idType;
        this.paths = FieldPaths.of(model);
        this.keys = new EntityKeys(model, paths, idType);
    }

    /** The information of {@code type}, a model of {@code toasty}'s schema. */
    @SuppressWarnings("unchecked")
    public static <T, ID> ToastyEntityInformation<T, ID> of(Toasty toasty, Class<T> type, Class<?> idType) {
        return new ToastyEntityInformation<>(toasty, toasty.schema().model(type), type, (Class<ID>) idType);
    }

    /**
     * New when the key is generated and unset; for a model with a {@code @Version} field, as in Spring Data, when the
     * version is unset (null, or 0 in a primitive field), without a query; otherwise when no row has the key.
     */
    @Override
    public boolean isNew(T entity) {
        dev.toasty.schema.Field version = model.version();
        if (version != null) {
            Object value = model.records().get(entity, version.index());
            return autoKeyUnset(entity) || value == null || (version.isPrimitive() && ((Number) value).longValue() == 0);
        }
        return autoKeyUnset(entity) || !toasty.query(type).where(typed(keys.filter(keyParts(entity)))).exists();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ID getId(T entity) {
        return (ID) keys.id(keyParts(entity));
    }

    @Override
    public Class<ID> getIdType() {
        return idType;
    }

    @Override
    public Class<T> getJavaType() {
        return type;
    }

    Model model() {
        return model;
    }

    FieldPaths paths() {
        return paths;
    }

    EntityKeys keys() {
        return keys;
    }

    /** Whether the entity's single {@code @Auto} key is still to be generated. */
    boolean autoKeyUnset(T entity) {
        Field key = model.key().get(0);
        return model.key().size() == 1 && key.auto() && unset(key, entity);
    }

    Object[] keyParts(Object entity) {
        Object[] parts = new Object[model.key().size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = model.records().get(entity, model.key().get(i).index());
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    static <T> Filter<T> typed(Filter<Object> filter) {
        return (Filter<T>) (Filter<?>) filter;
    }

    private boolean unset(Field key, Object entity) {
        Object value = model.records().get(entity, key.index());
        return value == null || (key.isPrimitive() && value instanceof Number n && n.longValue() == 0);
    }
}
