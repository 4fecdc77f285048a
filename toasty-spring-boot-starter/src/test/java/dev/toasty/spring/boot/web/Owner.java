package dev.toasty.spring.boot.web;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.HasMany;

/** The web tests' aggregate: an owner and its pets, sent and received as JSON. */
@Model
@Table("web_owners")
public record Owner(@Key @Auto Long id, @Required String name, HasMany<Pet> pets) {
}
