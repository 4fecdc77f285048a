package dev.toasty.docs.types.arrays;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.util.List;
import java.util.Set;

/** docs/types/arrays.md: a list of strings, a list of integers and a set of enum constants. */
@Model
public record Recipe(@Key @Auto Long id, @Required String name,
                     List<String> tags,
                     List<Integer> ratings,
                     Set<Diet> diets) {
}
