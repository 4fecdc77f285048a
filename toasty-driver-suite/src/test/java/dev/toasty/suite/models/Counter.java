package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.annotation.Version;

/** A versioned record: every update of an instance checks and advances {@code version} (a wrapper: null means new). */
@Model
public record Counter(@Key @Auto Long id, @Unique String name, long value, @Version Long version) {

    public static Counter of(String name) {
        return new Counter(null, name, 0, null);
    }

    public Counter withValue(long next) {
        return new Counter(id, name, next, version);
    }
}
