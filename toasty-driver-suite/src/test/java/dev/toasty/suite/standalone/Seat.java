package dev.toasty.suite.standalone;

import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

/** A composite key (venue, number) and an index on (venue, price): ordering a venue's seats by price. */
@Model
@Index(fields = {"venue", "price"})
public record Seat(@Key long venue, @Key long number, @Required Integer price) {
}
