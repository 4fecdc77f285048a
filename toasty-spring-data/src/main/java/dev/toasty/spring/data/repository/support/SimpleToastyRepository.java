package dev.toasty.spring.data.repository.support;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.query.MethodLock;
import dev.toasty.spring.data.repository.query.Paging;
import dev.toasty.spring.data.repository.query.RelationIncludes;
import dev.toasty.spring.data.repository.query.SortOrders;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.toasty.spring.data.repository.support.FinderIncludes.Finder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The base implementation behind every Toasty repository: each method is one Toasty call (or a few,
 * for {@link #saveAll}). The finders load the relations the repository's {@code @Include} names (one
 * query more per relation level). Records are immutable, so use the entity that {@code save} returns:
 * it holds the generated key. Thread-safe; exceptions are translated by the repository proxy.
 */
public class SimpleToastyRepository<T, ID> implements ToastyRepository<T, ID> {

    private final ToastyEntityInformation<T, ID> entity;
    private final Toasty toasty;
    private final Class<T> type;
    private final FinderIncludes includes;

    public SimpleToastyRepository(ToastyEntityInformation<T, ID> entity, Toasty toasty) {
        this(entity, toasty, FinderIncludes.NONE);
    }

    /** A repository whose finders load the relations of {@code includes}. */
    public SimpleToastyRepository(ToastyEntityInformation<T, ID> entity, Toasty toasty, FinderIncludes includes) {
        this.entity = entity;
        this.toasty = toasty;
        this.type = entity.getJavaType();
        this.includes = includes;
    }

    /** Inserts the entity when it is new (see {@link ToastyEntityInformation#isNew}), else updates it. */
    @Override
    public <S extends T> S save(S record) {
        return entity.isNew(record) ? toasty.insert(record) : toasty.update(record);
    }

    /** Inserts the new entities with {@code insertAll} (one call per kind of key) and updates the others; keeps the order. */
    @Override
    public <S extends T> List<S> saveAll(Iterable<S> records) {
        return new SaveAll<>(toasty, entity).save(list(records));
    }

    @Override
    public Optional<T> findById(ID id) {
        RelationIncludes relations = includes.of(Finder.FIND_BY_ID);
        MethodLock lock = includes.lock(Finder.FIND_BY_ID);
        if (relations.isEmpty() && !lock.locks()) {
            return toasty.find(type, entity.keys().parts(id));
        }
        return lock.apply(relations.apply(query().where(typed(entity.keys().filter(entity.keys().parts(id)))))).first();
    }

    @Override
    public boolean existsById(ID id) {
        return query().where(typed(entity.keys().filter(entity.keys().parts(id)))).exists();
    }

    @Override
    public List<T> findAll() {
        return including(Finder.FIND_ALL).list();
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        List<ID> list = list(ids);
        return list.isEmpty() ? List.of() : including(Finder.FIND_ALL_BY_ID).where(byIds(list)).list();
    }

    @Override
    public long count() {
        return query().count();
    }

    @Override
    public void deleteById(ID id) {
        toasty.delete(type).where(typed(entity.keys().filter(entity.keys().parts(id)))).execute();
    }

    @Override
    public void delete(T record) {
        toasty.delete(record);
    }

    @Override
    public void deleteAllById(Iterable<? extends ID> ids) {
        List<? extends ID> list = list(ids);
        if (!list.isEmpty()) {
            toasty.delete(type).where(byIds(list)).execute();
        }
    }

    @Override
    public void deleteAll(Iterable<? extends T> records) {
        List<Object> ids = new ArrayList<>();
        for (T record : records) {
            ids.add(entity.getId(record));
        }
        if (!ids.isEmpty()) {
            toasty.delete(type).where(byIds(ids)).execute();
        }
    }

    @Override
    public void deleteAll() {
        toasty.delete(type).all().execute();
    }

    @Override
    public List<T> findAll(Sort sort) {
        return including(Finder.FIND_ALL_SORTED).orderBy(typedOrders(sort)).list();
    }

    /** One page: limit and offset, and a count when the total is not known from the page itself. */
    @Override
    @SuppressWarnings("unchecked")
    public Page<T> findAll(Pageable pageable) {
        Query<Object> all = (Query<Object>) query();
        Query<Object> rows = (Query<Object>) including(Finder.FIND_ALL_PAGED);
        Query<Object> sorted = pageable.getSort().isSorted() ? rows.orderBy(SortOrders.of(entity.paths(), pageable.getSort())) : rows;
        return Paging.page(sorted, all, pageable, toasty.capability(), q -> (List<T>) q.list());
    }

    private Query<T> query() {
        return toasty.query(type);
    }

    /** A query on the model that loads the relations {@code finder} includes and takes its row lock. */
    private Query<T> including(Finder finder) {
        return includes.lock(finder).apply(includes.of(finder).apply(query()));
    }

    private Filter<T> byIds(List<?> ids) {
        return typed(entity.keys().filterAny(ids));
    }

    private Filter<T> typed(Filter<Object> filter) {
        return ToastyEntityInformation.typed(filter);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private dev.toasty.query.Order<T>[] typedOrders(Sort sort) {
        return (dev.toasty.query.Order[]) SortOrders.of(entity.paths(), sort);
    }

    private static <E> List<E> list(Iterable<E> items) {
        List<E> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
