package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprRelation.Quantifier;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.OrderItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A relation of model {@code M} to model {@code T}, as found in the generated metamodel
 * ({@code User_.posts}, {@code Post_.author}), or a chain of them ({@code User_.posts.then(Post_.comments)}).
 * Immutable and thread-safe. It serves three purposes:
 * <ul>
 *   <li>loading: {@code query.include(User_.posts)}, nested with {@link #then(RelationPath)}, and
 *       narrowed with {@link #where(Filter)} and {@link #orderBy(Order[])} (applied to the last relation);</li>
 *   <li>filtering across it: {@code Post_.author.then(User_.name).eq("Alice")},
 *       {@code User_.posts.any(Post_.published.isTrue())}, {@code none}, {@code all}, {@code count()};</li>
 *   <li>writes: {@code db.link(user, User_.posts, post)}.</li>
 * </ul>
 *
 * @param <M> the model the path starts from
 * @param <T> the model it reaches
 */
public final class RelationPath<M, T> {

    /** One relation of the chain, with the filter and order of its include. */
    record Hop(Class<?> model, String name, Class<?> target, Expr filter, List<OrderItem> order) {
        public Hop {
            order = List.copyOf(order);
        }

        Hop with(Expr newFilter, List<OrderItem> newOrder) {
            return new Hop(model, name, target, newFilter, newOrder);
        }

        @Override
        public String toString() {
            return model.getSimpleName() + "." + name;
        }
    }

    private final List<Hop> hops;

    RelationPath(Class<M> model, String name, Class<T> target) {
        this(List.of(new Hop(Objects.requireNonNull(model, "model"), Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(target, "target"), Expr.TRUE, List.of())));
    }

    private RelationPath(List<Hop> hops) {
        this.hops = List.copyOf(hops);
    }

    @SuppressWarnings("unchecked")
    public Class<M> model() {
        return (Class<M>) hops.get(0).model();
    }

    @SuppressWarnings("unchecked")
    public Class<T> target() {
        return (Class<T>) hops.get(hops.size() - 1).target();
    }

    /** The name of the first relation ({@code posts}). */
    public String name() {
        return hops.get(0).name();
    }

    /** The number of relations in the chain: 1 for {@code User_.posts}, 2 for {@code User_.posts.then(Post_.comments)}. */
    public int length() {
        return hops.size();
    }

    /** The name of relation {@code i} of the chain (the engine reaches it through {@code internal.read.Nodes}). */
    String hopName(int i) {
        return hops.get(i).name();
    }

    /** The include filter of relation {@code i} of the chain. */
    Expr hopFilter(int i) {
        return hops.get(i).filter();
    }

    /** The include order of relation {@code i} of the chain. */
    List<OrderItem> hopOrder(int i) {
        return hops.get(i).order();
    }

    /** The chain continued by {@code next}: {@code User_.posts.then(Post_.comments)} reaches the comments of the posts. */
    public <X> RelationPath<M, X> then(RelationPath<T, X> next) {
        List<Hop> joined = new ArrayList<>(hops);
        joined.addAll(next.hops);
        return new RelationPath<>(joined);
    }

    /** For includes: load only the related records matching {@code filter} (of the last relation). */
    public RelationPath<M, T> where(Filter<T> filter) {
        Hop last = last();
        return replaceLast(last.with(Expr.and(List.of(last.filter(), filter.expr())), last.order()));
    }

    /** For includes: the order of the related records (of the last relation); by default, their key order. */
    @SafeVarargs
    public final RelationPath<M, T> orderBy(Order<T>... terms) {
        List<OrderItem> items = new ArrayList<>();
        for (Order<T> term : terms) {
            items.add(term.item());
        }
        return replaceLast(last().with(last().filter(), items));
    }

    // ---- filters across the relation

    /** A field of the related model, to filter on: {@code Post_.author.then(User_.name).eq("Alice")}. Matches when any related record matches. */
    public <V> Path<M, V> then(Path<T, V> field) {
        return new Path<>(field, this);
    }

    public <V extends Comparable<? super V>> ComparablePath<M, V> then(ComparablePath<T, V> field) {
        return new ComparablePath<>(field, this);
    }

    public StringPath<M> then(StringPath<T> field) {
        return new StringPath<>(field, this);
    }

    public BooleanPath<M> then(BooleanPath<T> field) {
        return new BooleanPath<>(field, this);
    }

    /** Records with at least one related record matching {@code filter}. */
    public Filter<M> any(Filter<T> filter) {
        return Filter.of(wrap(filter.expr()));
    }

    /** Records with at least one related record (a belongs-to whose foreign key is set and points at a record). */
    public Filter<M> any() {
        return Filter.of(wrap(Expr.TRUE));
    }

    /** Records with no related record matching {@code filter}. */
    public Filter<M> none(Filter<T> filter) {
        return Filter.of(wrapLast(Quantifier.NONE, filter.expr(), null, null));
    }

    /** Records with no related record at all. */
    public Filter<M> none() {
        return none(Filter.always());
    }

    /** Records whose related records all match {@code filter} (true for records with none); a null comparison does not match. */
    public Filter<M> all(Filter<T> filter) {
        return Filter.of(wrapLast(Quantifier.ALL, filter.expr(), null, null));
    }

    /** The number of related records, to compare: {@code Post_.comments.count().gt(3)}. */
    public Count<M> count() {
        return count(Filter.always());
    }

    /** The number of related records matching {@code filter}. */
    public Count<M> count(Filter<T> filter) {
        return new Count<>(this, filter.expr());
    }

    /** For a polymorphic relation: records whose related record is of model {@code type}. */
    public Filter<M> isA(Class<? extends T> type) {
        if (hops.size() != 1) {
            throw new IllegalArgumentException("isA(...) takes a single polymorphic relation, not the chain " + describe());
        }
        Hop hop = hops.get(0);
        return Filter.of(ExprRelation.typeIs(hop.model(), hop.name(), type));
    }

    /** A comparison of a number of related records. */
    public static final class Count<M> {
        private final RelationPath<M, ?> path;
        private final Expr filter;

        Count(RelationPath<M, ?> path, Expr filter) {
            this.path = path;
            this.filter = filter;
        }

        public Filter<M> eq(long n) {
            return compare(BinaryOp.EQ, n);
        }

        public Filter<M> ne(long n) {
            return compare(BinaryOp.NE, n);
        }

        public Filter<M> gt(long n) {
            return compare(BinaryOp.GT, n);
        }

        public Filter<M> ge(long n) {
            return compare(BinaryOp.GE, n);
        }

        public Filter<M> lt(long n) {
            return compare(BinaryOp.LT, n);
        }

        public Filter<M> le(long n) {
            return compare(BinaryOp.LE, n);
        }

        private Filter<M> compare(BinaryOp op, long n) {
            return Filter.of(path.wrapLast(Quantifier.COUNT, filter, op, new ExprValue(n)));
        }
    }

    /** Not API: {@code condition} on the last model, as a condition on the first (any related record matching). */
    Expr wrap(Expr condition) {
        return wrapLast(Quantifier.ANY, condition, null, null);
    }

    private Expr wrapLast(Quantifier quantifier, Expr condition, BinaryOp op, Expr count) {
        Hop last = last();
        Expr e = new ExprRelation(last.model(), last.name(), quantifier, Expr.and(List.of(last.filter(), condition)), op, count);
        for (int i = hops.size() - 2; i >= 0; i--) {
            Hop hop = hops.get(i);
            e = ExprRelation.of(hop.model(), hop.name(), Quantifier.ANY, Expr.and(List.of(hop.filter(), e)));
        }
        return e;
    }

    /** {@code User.posts.comments}, for messages. */
    String describe() {
        return hops.get(0).model().getSimpleName() + "." + hops.stream().map(Hop::name).collect(Collectors.joining("."));
    }

    private Hop last() {
        return hops.get(hops.size() - 1);
    }

    private RelationPath<M, T> replaceLast(Hop hop) {
        List<Hop> copy = new ArrayList<>(hops);
        copy.set(copy.size() - 1, hop);
        return new RelationPath<>(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationPath<?, ?> r && r.hops.equals(hops);
    }

    @Override
    public int hashCode() {
        return hops.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
