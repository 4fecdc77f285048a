package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;

/** A superclass holding the key, as JPA's mapped superclasses do: not a model itself. */
public abstract class BaseEntity {

    @Key
    @Auto
    private Long id;

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }
}
