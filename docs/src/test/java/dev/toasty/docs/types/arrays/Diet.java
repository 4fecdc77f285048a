package dev.toasty.docs.types.arrays;

/** docs/types/arrays.md: the elements of a set field, stored by name. */
public enum Diet {
    VEGAN,
    VEGETARIAN,
    GLUTEN_FREE
}
