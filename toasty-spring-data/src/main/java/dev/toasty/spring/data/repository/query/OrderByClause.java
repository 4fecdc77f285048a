package dev.toasty.spring.data.repository.query;

import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code OrderBy} clause of a method name ({@code OrderByAgeDescNameAsc}) as Spring Data reads it:
 * properties each followed by {@code Asc} or {@code Desc} (ascending when neither). Each property is
 * resolved against the schema; the resulting {@link Sort} holds dotted paths, which {@link SortOrders}
 * then checks (a path across a relation is refused there). Stateless.
 */
final class OrderByClause {

    private static final String BLOCK_SPLIT = "(?<=Asc|Desc)(?=\\p{Lu})";
    private static final Pattern DIRECTION_SPLIT = Pattern.compile("(.+?)(Asc|Desc)?$");

    private OrderByClause() {
    }

    static Sort parse(MethodContext method, PropertyResolver resolver, String clause) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String part : clause.split(BLOCK_SPLIT)) {
            Matcher matcher = DIRECTION_SPLIT.matcher(part);
            if (!matcher.find() || matcher.group(2) == null && (part.equals("Asc") || part.equals("Desc"))) {
                throw method.refuse("OrderBy: invalid order syntax for part '" + part
                        + "'; write a property, then Asc or Desc (OrderByAgeDescNameAsc)");
            }
            String path = resolver.resolve(matcher.group(1)).dotPath();
            orders.add(matcher.group(2) == null ? Sort.Order.by(path)
                    : new Sort.Order(Sort.Direction.fromString(matcher.group(2)), path));
        }
        return Sort.by(orders);
    }
}
