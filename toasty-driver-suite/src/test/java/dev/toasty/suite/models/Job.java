package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;

/** A row that workers lock and change: a queue entry taken by a worker, or a counter without a version. */
@Model
public record Job(@Key @Auto Long id, String name, String worker, long runs) {

    public static Job of(String name) {
        return new Job(null, name, null, 0);
    }

    public Job takenBy(String who) {
        return new Job(id, name, who, runs);
    }

    public Job ran() {
        return new Job(id, name, worker, runs + 1);
    }
}
