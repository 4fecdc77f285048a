package dev.toasty.spring.boot.web;

import dev.toasty.query.ComparablePath;
import dev.toasty.query.Metamodel;
import dev.toasty.query.RelationPath;

/** The paths the annotation processor would write for {@link Owner}: the starter's tests compile without it. */
final class Owner_ {

    static final ComparablePath<Owner, Long> id = Metamodel.comparable(Owner.class, "id", Long.class);
    static final RelationPath<Owner, Pet> pets = Metamodel.relation(Owner.class, "pets", Pet.class);

    private Owner_() {
    }
}
