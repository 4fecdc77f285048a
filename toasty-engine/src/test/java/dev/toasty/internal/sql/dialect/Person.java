package dev.toasty.internal.sql.dialect;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.query.ComparablePath;
import dev.toasty.query.Metamodel;
import dev.toasty.query.StringPath;

import java.math.BigDecimal;
import java.time.Instant;

/** A model for rendering tests, with a hand-written metamodel (the engine module does not run the processor). */
@Model
record Person(@Key @Auto Long id, @Required String name, @Unique String email, Integer age, Instant createdAt,
              Instant updatedAt, BigDecimal salary) {

    static final ComparablePath<Person, Long> ID = Metamodel.comparable(Person.class, "id", Long.class);
    static final StringPath<Person> NAME = Metamodel.string(Person.class, "name");
    static final StringPath<Person> EMAIL = Metamodel.string(Person.class, "email");
    static final ComparablePath<Person, Integer> AGE = Metamodel.comparable(Person.class, "age", Integer.class);
    static final ComparablePath<Person, Instant> CREATED = Metamodel.comparable(Person.class, "createdAt", Instant.class);
    static final ComparablePath<Person, Instant> UPDATED = Metamodel.comparable(Person.class, "updatedAt", Instant.class);
}
