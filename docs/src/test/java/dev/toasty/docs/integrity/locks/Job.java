package dev.toasty.docs.integrity.locks;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A queued job, taken by one worker. */
@Model
public record Job(@Key @Auto Long id, String task, String worker) {
}
