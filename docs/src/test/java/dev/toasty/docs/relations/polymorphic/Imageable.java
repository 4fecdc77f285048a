package dev.toasty.docs.relations.polymorphic;

/** docs/relations/polymorphic.md: what a picture can show; the permitted classes are the relation's targets. */
public sealed interface Imageable permits Employee, Product {
    Long id();
}
