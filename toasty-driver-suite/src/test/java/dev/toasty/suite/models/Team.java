package dev.toasty.suite.models;

import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

/** A string key given by the caller and a unique composite index. */
@Model
@Index(fields = {"orgId", "name"}, unique = true)
public record Team(@Key String code, long orgId, @Required String name) {
}
