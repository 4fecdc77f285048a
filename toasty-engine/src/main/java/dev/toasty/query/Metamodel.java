package dev.toasty.query;

/**
 * Not API: the factories that generated metamodel classes ({@code User_}) call to declare their paths.
 * Hand-written metamodels may call them too; their signatures follow the generator.
 */
public final class Metamodel {

    private Metamodel() {
    }

    public static <M, V> Path<M, V> path(Class<M> model, String name, Class<V> type) {
        return new Path<>(model, name, type);
    }

    public static <M, V extends Comparable<? super V>> ComparablePath<M, V> comparable(Class<M> model, String name, Class<V> type) {
        return new ComparablePath<>(model, name, type);
    }

    public static <M> StringPath<M> string(Class<M> model, String name) {
        return new StringPath<>(model, name);
    }

    public static <M> BooleanPath<M> bool(Class<M> model, String name) {
        return new BooleanPath<>(model, name);
    }

    public static <M, V, E> ArrayPath<M, V, E> array(Class<M> model, String name, Class<V> type, Class<E> elementType) {
        return new ArrayPath<>(model, name, type, elementType);
    }

    public static <M, V> JsonPath<M, V> json(Class<M> model, String name, Class<V> type) {
        return new JsonPath<>(model, name, type);
    }

    public static <M, T> RelationPath<M, T> relation(Class<M> model, String name, Class<T> target) {
        return new RelationPath<>(model, name, target);
    }
}
