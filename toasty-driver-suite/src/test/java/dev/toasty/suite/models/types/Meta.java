package dev.toasty.suite.models.types;

import java.util.List;
import java.util.Map;

/** A document stored in a JSON field: scalars, a list, a map of lists and a nested record. Not a model. */
public record Meta(String lang, Integer views, Boolean featured, List<String> tags, Map<String, List<Integer>> counts,
                   Author author) {

    public static Meta of(String lang, Integer views) {
        return new Meta(lang, views, null, List.of(), Map.of(), null);
    }

    /** The nested record of {@link Meta}. */
    public record Author(String name, List<String> emails) {
    }
}
