package dev.toasty.schema;

import java.util.Locale;

/**
 * The default names of tables, columns and indexes. Shared by the runtime and the annotation
 * processor so both see the same table names.
 */
public final class Naming {

    private Naming() {
    }

    /** {@code BlogPost} becomes {@code blog_posts}, {@code Category} becomes {@code categories}. */
    public static String tableName(String modelSimpleName) {
        return plural(snakeCase(modelSimpleName));
    }

    /** {@code createdAt} becomes {@code created_at}; {@code userID} becomes {@code user_id}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (i > 0 && (prevLower || (prevUpper && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** The name of the generated metamodel class for a model: {@code User_}, or {@code Outer_Inner_} for a nested type. */
    public static String metamodelName(String nestedSimpleNames) {
        return nestedSimpleNames.replace('.', '_').replace('$', '_') + "_";
    }
}
