package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Version;

/** A versioned record with a primitive version, whose 0 means "new": the first stored version is 1. */
@Model
public record Gauge(@Key @Auto Long id, String label, double reading, @Version int version) {

    public static Gauge of(String label, double reading) {
        return new Gauge(null, label, reading, 0);
    }

    public Gauge withReading(double next) {
        return new Gauge(id, label, next, version);
    }
}
