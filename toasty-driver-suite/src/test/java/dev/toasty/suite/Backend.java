package dev.toasty.suite;

import dev.toasty.driver.Feature;
import dev.toasty.Toasty;
import dev.toasty.ToastyBuilder;
import dev.toasty.driver.Capability;
import dev.toasty.suite.models.Models;

import java.util.function.UnaryOperator;

/**
 * One backend of the suite: its URL (or why it could not be had) and one {@link Toasty} over every
 * suite model, built on first use and kept for the run.
 */
public final class Backend {

    private final String name;
    private final String url;
    private final String unavailable;
    private final boolean required;
    private final Recorder recorder = new Recorder();
    private Toasty db;

    Backend(String name, String url, String unavailable, boolean required) {
        this.name = name;
        this.url = url;
        this.unavailable = unavailable;
        this.required = required;
    }

    /**
     * Whether the backend's tests must run: a backend the user pointed the suite at explicitly fails
     * its tests when it cannot be reached, instead of being skipped.
     */
    public boolean required() {
        return required;
    }

    public String name() {
        return name;
    }

    /** The Toasty URL of the backend's test database. */
    public String url() {
        return url;
    }

    /** Why the backend could not be had, or null. */
    public String unavailable() {
        return unavailable;
    }

    public Recorder recorder() {
        return recorder;
    }

    /**
     * The backend's shared instance. It allows scans (SQL backends ignore the setting), so that the filter
     * tests run on DynamoDB too, as filtered Scans; tests of the access paths use {@link #open} for a
     * strict instance.
     */
    synchronized Toasty db() {
        if (db == null) {
            db = open(b -> b.allowScans(true));
        }
        return db;
    }

    /** A new instance over every suite model, reporting to the recorder, as {@code tune} sets it; the caller closes it. */
    public Toasty open(UnaryOperator<ToastyBuilder> tune) {
        return tune.apply(Toasty.builder().url(url).models(Models.ALL.toArray(Class<?>[]::new)).listener(recorder)).build();
    }

    /** An empty schema of every suite model. */
    void reset() {
        if (unavailable != null) {
            throw new IllegalStateException(name + " was required but is unavailable: " + unavailable);
        }
        Toasty toasty = db();
        toasty.dropSchema();
        toasty.pushSchema();
        recorder.clear();
    }

    public Capability capability() {
        return db().capability();
    }

    /** Whether the backend has the feature named in camel case ({@code "arbitraryOrder"} for {@code ARBITRARY_ORDER}). */
    public boolean has(String feature) {
        String constant = feature.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        try {
            return capability().has(Feature.valueOf(constant));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No capability feature '" + feature + "' (Feature." + constant + ")", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
