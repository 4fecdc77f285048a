package dev.toasty.spring.data.repository.query;

import org.springframework.data.repository.query.parser.Part;

/**
 * One criterion of a method name as parsed, before it is checked: the keyword ({@code Containing}),
 * the property it applies to and whether case is ignored. {@link Criteria} turns it into a {@link Criterion}.
 */
record Condition(Part.Type type, PropertyChain property, Part.IgnoreCaseType ignoreCase) {

    /** How many method arguments the keyword takes. */
    int arguments() {
        return type.getNumberOfArguments();
    }

    /** The keyword as written in method names ({@code LessThan}). */
    String keyword() {
        return Criteria.keyword(type);
    }
}
