package dev.toasty.suite;

/** Where a server backend of the suite comes from: a URL, or why none could be had; {@code required} when the user asked for this server explicitly. */
record Source(String url, String unavailable, boolean required) {
    Source(String url, String unavailable) {
        this(url, unavailable, false);
    }
}
