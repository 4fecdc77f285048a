package dev.toasty.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The relations a repository method loads with the records it returns, as dotted chains of relation
 * names from the repository's model: {@code @Include({"author", "comments.author"})} is
 * {@code query.include(Post_.author, Post_.comments.then(Comment_.author))}, one query per relation
 * level whatever the number of records. The names are resolved when the repository is created; an
 * unknown one stops it, naming the repository and the method.
 * <p>
 * On a method, it applies to a derived finder (one returning records, a page, a slice, a window or a
 * stream) and to a redeclared {@code findById}, {@code findAll} or {@code findAllById}. On the
 * repository interface, it applies to all of these that carry no {@code @Include} of their own; a
 * method's own annotation replaces it ({@code @Include({})} loads nothing).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Include {

    /** The relation chains to load: {@code "posts"}, {@code "posts.comments"}. */
    String[] value();
}
