package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

/** A vet's specialty: radiology, surgery, dentistry. */
@Model
public record Specialty(@Key @Auto Long id, @Required @Unique String name) {

    public static Specialty named(String name) {
        return new Specialty(null, name);
    }
}
