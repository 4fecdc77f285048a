package dev.toasty.internal.read;

import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.query.RelationPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations a query loads, merged into a tree: {@code include(User_.posts.then(Post_.comments),
 * User_.posts.then(Post_.tags))} loads the posts once, then their comments and tags.
 */
public final class IncludeTree {

    /** One relation to load, with the filter and order of its records, and what to load under it. */
    public record Node(String relation, Expr filter, List<OrderItem> order, Map<String, Node> children) {
    }

    private IncludeTree() {
    }

    static Map<String, Node> of(List<RelationPath<?, ?>> paths) {
        Map<String, Node> roots = new LinkedHashMap<>();
        for (RelationPath<?, ?> path : paths) {
            Map<String, Node> level = roots;
            for (int i = 0; i < path.length(); i++) {
                Node hop = new Node(Nodes.hopName(path, i), Nodes.hopFilter(path, i), Nodes.hopOrder(path, i), new LinkedHashMap<>());
                Node node = level.get(hop.relation());
                if (node == null) {
                    node = hop;
                    level.put(hop.relation(), node);
                } else if (narrowed(hop)) {
                    if (narrowed(node) && !(node.filter().equals(hop.filter()) && node.order().equals(hop.order()))) {
                        throw new IllegalArgumentException("include(...) loads " + path + " twice with different filters or "
                                + "orders: give it one where(...)/orderBy(...)");
                    }
                    node = new Node(hop.relation(), hop.filter(), hop.order(), node.children());
                    level.put(hop.relation(), node);
                }
                level = node.children();
            }
        }
        return roots;
    }

    private static boolean narrowed(Node node) {
        return !Expr.TRUE.equals(node.filter()) || !node.order().isEmpty();
    }
}
