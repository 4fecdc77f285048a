package dev.toasty.docs.types.enums;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.annotation.Enumerated;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

/** docs/types/enums.md: one enum field of each storage. */
@Model
public record Ticket(@Key @Auto Long id, @Required String title,
                     Status status,
                     @Enumerated(EnumStorage.CODE) Priority priority,
                     @Enumerated(EnumStorage.NATIVE) Mood mood) {
}
