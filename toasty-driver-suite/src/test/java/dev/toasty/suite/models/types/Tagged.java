package dev.toasty.suite.models.types;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Array fields: lists and a set of scalars, UUIDs and enums (stored by name). */
@Model
public record Tagged(@Key @Auto Long id, String label,
                     List<String> tags,
                     Set<Integer> numbers,
                     List<UUID> ids,
                     List<Status> statuses) {
}
