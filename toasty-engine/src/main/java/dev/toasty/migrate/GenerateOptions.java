package dev.toasty.migrate;

import java.util.Map;

/**
 * How {@code generate} writes the next migration.
 *
 * @param renames          explicit renames, never guessed: {@code "users" -> "members"} for a table,
 *                         {@code "users.mail" -> "email"} for a column (the old name, then the new one)
 * @param allowDestructive whether changes that may lose data (dropping a table or column, another type, a column made
 *                         required) are written; without it they are held back and listed in the result
 */
public record GenerateOptions(Map<String, String> renames, boolean allowDestructive) {

    public GenerateOptions {
        renames = Map.copyOf(renames);
    }

    public static GenerateOptions defaults() {
        return new GenerateOptions(Map.of(), false);
    }

    public GenerateOptions withRename(String from, String to) {
        java.util.Map<String, String> next = new java.util.LinkedHashMap<>(renames);
        next.put(from, to);
        return new GenerateOptions(next, allowDestructive);
    }

    public GenerateOptions withAllowDestructive(boolean value) {
        return new GenerateOptions(renames, value);
    }
}
