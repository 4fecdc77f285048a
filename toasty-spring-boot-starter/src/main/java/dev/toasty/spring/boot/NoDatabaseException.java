package dev.toasty.spring.boot;

import dev.toasty.ToastyException;

/**
 * The application uses Toasty but says nowhere which database to use: neither {@code toasty.url}
 * nor {@code spring.datasource.url} is set, and no DataSource bean exists. The failure analyzer
 * turns it into advice at startup.
 */
public final class NoDatabaseException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public NoDatabaseException() {
        super("Toasty has no database: set toasty.url (for example sqlite:./data/app.db) or spring.datasource.url", null);
    }
}
