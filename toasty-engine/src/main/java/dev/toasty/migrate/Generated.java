package dev.toasty.migrate;

import java.util.List;

/**
 * What {@code generate} found: the migration to write (null when the models match the migrations), the text of its
 * file, and the changes held back because they may lose data, each with the reason.
 *
 * @param fileName the file to write it as in the set's directory ({@code V20261207131500__add_user_email.json}); null with no migration
 */
public record Generated(Migration migration, String fileName, String text, List<String> heldBack) {

    public Generated {
        heldBack = List.copyOf(heldBack);
    }

    public boolean isEmpty() {
        return migration == null;
    }
}
