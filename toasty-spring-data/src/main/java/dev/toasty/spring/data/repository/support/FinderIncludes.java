package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.Lock;
import dev.toasty.spring.data.repository.query.MethodLock;
import dev.toasty.spring.data.repository.query.RelationIncludes;
import dev.toasty.spring.data.repository.query.SchemaPaths;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.core.RepositoryCreationException;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.query.QueryCreationException;

import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

/**
 * Not API: the relations the CRUD finders of one repository load and the row locks they take ({@link Lock} on a
 * redeclared finder), resolved when it is created: the
 * repository interface's {@link Include} for every finder, replaced by a redeclared finder's own
 * ({@code @Include("posts") Optional<User> findById(Long id)}). An {@code @Include} on another CRUD
 * method or on a custom fragment's method is refused, naming it. Immutable.
 */
public final class FinderIncludes {

    /** The CRUD methods that read records. */
    public enum Finder {
        FIND_BY_ID, FIND_ALL, FIND_ALL_SORTED, FIND_ALL_PAGED, FIND_ALL_BY_ID;

        /** The finder a method of the repository's base class is, or null for another method. */
        static Finder of(Method method) {
            Class<?>[] parameters = method.getParameterTypes();
            return switch (method.getName()) {
                case "findById" -> parameters.length == 1 ? FIND_BY_ID : null;
                case "findAllById" -> parameters.length == 1 ? FIND_ALL_BY_ID : null;
                case "findAll" -> parameters.length == 0 ? FIND_ALL
                        : parameters.length == 1 && parameters[0] == Sort.class ? FIND_ALL_SORTED
                        : parameters.length == 1 && parameters[0] == Pageable.class ? FIND_ALL_PAGED : null;
                default -> null;
            };
        }
    }

    /** Loads nothing and locks nothing for any finder. */
    public static final FinderIncludes NONE = new FinderIncludes(new EnumMap<>(Finder.class), new EnumMap<>(Finder.class));

    private final Map<Finder, RelationIncludes> includes;
    private final Map<Finder, MethodLock> locks;

    private FinderIncludes(Map<Finder, RelationIncludes> includes, Map<Finder, MethodLock> locks) {
        this.includes = includes;
        this.locks = locks;
    }

    /** The includes and row locks of the repository described by {@code information}. */
    public static FinderIncludes of(RepositoryInformation information, SchemaPaths schema, Toasty toasty) {
        Map<Finder, MethodLock> locks = new EnumMap<>(Finder.class);
        for (Method method : information.getRepositoryInterface().getMethods()) {
            if (method.isAnnotationPresent(Lock.class) && !information.isQueryMethod(method)) {
                Finder finder = finder(information, method, "@Lock");
                locks.put(finder, MethodLock.of(toasty, method, information.getDomainType(),
                        reason -> refuse(information, method, reason, null)));
            }
        }
        FinderIncludes included = of(information, schema);
        return locks.isEmpty() ? included : new FinderIncludes(included.includes, locks);
    }

    private static FinderIncludes of(RepositoryInformation information, SchemaPaths schema) {
        Class<?> repository = information.getRepositoryInterface();
        Map<Finder, RelationIncludes> includes = new EnumMap<>(Finder.class);
        Include shared = repository.getAnnotation(Include.class);
        if (shared != null) {
            RelationIncludes all;
            try {
                all = RelationIncludes.resolve(schema, information.getDomainType(), shared.value());
            } catch (IllegalArgumentException e) {
                throw new RepositoryCreationException(repository.getName() + ": @Include on the interface: " + e.getMessage(),
                        e, repository);
            }
            for (Finder finder : Finder.values()) {
                includes.put(finder, all);
            }
        }
        for (Method method : repository.getMethods()) {
            Include own = method.getAnnotation(Include.class);
            if (own != null && !information.isQueryMethod(method)) {
                includes.put(finder(information, method, "@Include"), resolve(information, schema, method, own));
            }
        }
        return includes.isEmpty() ? NONE : new FinderIncludes(includes, new EnumMap<>(Finder.class));
    }

    private static Finder finder(RepositoryInformation information, Method method, String annotation) {
        Finder finder = information.isBaseClassMethod(method) ? Finder.of(information.getTargetClassMethod(method)) : null;
        if (finder == null) {
            String what = information.isCustomMethod(method) ? "is implemented by a custom fragment, which reads as it likes itself"
                    : "is not one";
            throw refuse(information, method, annotation + " applies to derived finders and to findById, findAll and findAllById; "
                    + method.getName() + " " + what, null);
        }
        return finder;
    }

    private static RelationIncludes resolve(RepositoryInformation information, SchemaPaths schema, Method method, Include own) {
        try {
            return RelationIncludes.resolve(schema, information.getDomainType(), own.value());
        } catch (IllegalArgumentException e) {
            throw refuse(information, method, "@Include: " + e.getMessage(), e);
        }
    }

    private static QueryCreationException refuse(RepositoryInformation information, Method method, String reason, Throwable cause) {
        Class<?> repository = information.getRepositoryInterface();
        return QueryCreationException.create(repository.getName() + "." + method.getName() + ": " + reason, cause,
                repository, method);
    }

    public boolean isEmpty() {
        return includes.isEmpty() && locks.isEmpty();
    }

    /** The row lock of {@code finder}. */
    public MethodLock lock(Finder finder) {
        return locks.getOrDefault(finder, MethodLock.NONE);
    }

    /** The includes of {@code finder}. */
    public RelationIncludes of(Finder finder) {
        return includes.getOrDefault(finder, RelationIncludes.NONE);
    }
}
