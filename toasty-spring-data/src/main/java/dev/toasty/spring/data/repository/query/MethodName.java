package dev.toasty.spring.data.repository.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a derived query method, parsed once at startup by Spring Data's grammar: the subject
 * before {@code By} ({@code findDistinctTop3}, {@code countBy}, read by Spring's {@link PartTree}),
 * the criteria as an OR of ANDs of {@link Condition}s, and the {@code OrderBy} sort. Properties are
 * resolved against the Toasty schema rather than the Java classes, so that they can cross relations
 * ({@code findByAuthorName}, {@code findByPostsTitleContaining}). Immutable.
 */
final class MethodName {

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|read|get|query|search|stream|count|exists|delete|remove)((\\p{Lu}.*?))??By");
    private static final String KEYWORD = "(%s)(?=(\\p{Lu}|\\P{InBASIC_LATIN}))";
    private static final Pattern ALL_IGNORE_CASE = Pattern.compile("AllIgnor(ing|e)Case");
    private static final Pattern IGNORE_CASE = Pattern.compile("Ignor(ing|e)Case");

    private final PartTree subject;
    private final List<List<Condition>> branches;
    private final Sort sort;

    private MethodName(PartTree subject, List<List<Condition>> branches, Sort sort) {
        this.subject = subject;
        this.branches = branches;
        this.sort = sort;
    }

    /** The parsed name of {@code method}; a property the schema lacks is refused naming it. */
    static MethodName parse(MethodContext method) {
        String name = method.method().getName();
        Matcher prefix = PREFIX.matcher(name);
        boolean found = prefix.find();
        PartTree subject;
        try {
            subject = new PartTree(found ? prefix.group() : "", method.model().type());
        } catch (IllegalArgumentException e) {
            throw method.refuse(e.getMessage(), e);
        }
        String predicate = found ? name.substring(prefix.end()) : name;
        boolean allIgnoreCase = ALL_IGNORE_CASE.matcher(predicate).find();
        String[] parts = split(ALL_IGNORE_CASE.matcher(predicate).replaceFirst(""), "OrderBy");
        if (parts.length > 2) {
            throw method.refuse("OrderBy must not be used more than once in a method name");
        }
        PropertyResolver resolver = new PropertyResolver(method);
        Sort sort = parts.length == 2 ? OrderByClause.parse(method, resolver, parts[1]) : Sort.unsorted();
        return new MethodName(subject, criteria(resolver, parts[0], allIgnoreCase), sort);
    }

    /** Spring's reading of the subject: count, exists, delete, distinct, {@code Top}/{@code First}. */
    PartTree subject() {
        return subject;
    }

    /** The criteria: any branch matching, each branch all of its conditions. */
    List<List<Condition>> branches() {
        return branches;
    }

    /** The {@code OrderBy} sort, with dotted property paths. */
    Sort sort() {
        return sort;
    }

    /** The criteria split at {@code Or}, then at {@code And}. */
    private static List<List<Condition>> criteria(PropertyResolver resolver, String source, boolean allIgnoreCase) {
        List<List<Condition>> branches = new ArrayList<>();
        for (String or : split(source, "Or")) {
            List<Condition> branch = new ArrayList<>();
            for (String and : split(or, "And")) {
                if (!and.isBlank()) {
                    branch.add(condition(resolver, and, allIgnoreCase));
                }
            }
            if (!branch.isEmpty()) {
                branches.add(List.copyOf(branch));
            }
        }
        return List.copyOf(branches);
    }

    /** One criterion: {@code IgnoreCase} taken off, then the keyword at the end, then the property. */
    private static Condition condition(PropertyResolver resolver, String source, boolean allIgnoreCase) {
        Part.IgnoreCaseType ignoreCase = allIgnoreCase ? Part.IgnoreCaseType.WHEN_POSSIBLE : Part.IgnoreCaseType.NEVER;
        Matcher matcher = IGNORE_CASE.matcher(source);
        if (matcher.find()) {
            ignoreCase = Part.IgnoreCaseType.ALWAYS;
            source = source.substring(0, matcher.start()) + source.substring(matcher.end());
        }
        Part.Type type = Part.Type.fromProperty(source);
        return new Condition(type, resolver.resolve(type.extractProperty(source)), ignoreCase);
    }

    private static String[] split(String text, String keyword) {
        return Pattern.compile(String.format(KEYWORD, keyword)).split(text);
    }
}
