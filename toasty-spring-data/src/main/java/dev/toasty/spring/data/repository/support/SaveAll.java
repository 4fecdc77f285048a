package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code saveAll}: sorts the entities into those to insert (an unset {@code @Auto} key, or a key no row
 * has) and those to update, learns which keys exist with one query for a single-field key, inserts
 * each kind with one {@code insertAll} and returns the saved entities in the order given.
 */
final class SaveAll<T> {

    private final Toasty toasty;
    private final ToastyEntityInformation<T, ?> entity;

    SaveAll(Toasty toasty, ToastyEntityInformation<T, ?> entity) {
        this.toasty = toasty;
        this.entity = entity;
    }

    <S extends T> List<S> save(List<S> records) {
        boolean versioned = entity.model().version() != null;
        Set<Object> existing = versioned ? Set.of() : existingKeys(records);
        List<S> result = new ArrayList<>(records);
        List<Integer> generated = new ArrayList<>();
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            S record = records.get(i);
            if (entity.autoKeyUnset(record)) {
                generated.add(i);
            } else if (versioned ? entity.isNew(record) : !existing.contains(key(record))) {
                given.add(i);
            } else {
                result.set(i, toasty.update(record));
            }
        }
        insert(records, generated, result);
        insert(records, given, result);
        return result;
    }

    private <S extends T> void insert(List<S> records, List<Integer> positions, List<S> result) {
        if (positions.isEmpty()) {
            return;
        }
        List<S> inserted = toasty.insertAll(positions.stream().map(records::get).toList());
        for (int i = 0; i < positions.size(); i++) {
            result.set(positions.get(i), inserted.get(i));
        }
    }

    /** The keys (a list of parts) among {@code records} that rows already have. */
    private Set<Object> existingKeys(List<? extends T> records) {
        List<? extends T> keyed = records.stream().filter(r -> !entity.autoKeyUnset(r)).toList();
        Set<Object> existing = new HashSet<>();
        if (keyed.isEmpty()) {
            return existing;
        }
        Model model = entity.model();
        if (model.key().size() == 1) {
            Field key = model.key().get(0);
            List<Object> values = keyed.stream().map(r -> entity.keyParts(r)[0]).toList();
            Filter<Object> filter = entity.paths().path(key.name()).in(values);
            for (T row : toasty.query(entity.getJavaType()).where(typed(filter)).list()) {
                existing.add(key(row));
            }
            return existing;
        }
        for (T record : keyed) {
            if (toasty.query(entity.getJavaType()).where(typed(entity.keys().filter(entity.keyParts(record)))).exists()) {
                existing.add(key(record));
            }
        }
        return existing;
    }

    private Object key(T record) {
        return Arrays.asList(entity.keyParts(record));
    }

    @SuppressWarnings("unchecked")
    private Filter<T> typed(Filter<Object> filter) {
        return (Filter<T>) (Filter<?>) filter;
    }
}
