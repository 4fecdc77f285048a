package dev.toasty.docs;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

// README quick start: the model
@Model
public record User(@Key @Auto Long id,
                   @Required String name,
                   @Unique String email,
                   @Index Integer age) {
}
