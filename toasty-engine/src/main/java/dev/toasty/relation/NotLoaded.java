package dev.toasty.relation;

import dev.toasty.RelationNotLoadedException;

/** The message of a relation read before it was loaded. */
final class NotLoaded {

    private NotLoaded() {
    }

    static RelationNotLoadedException error(String relation) {
        if (relation == null) {
            return new RelationNotLoadedException("This relation was not loaded: records read by Toasty load a relation "
                    + "only when the query names it in include(...); a record you built yourself holds what you gave it");
        }
        String model = relation.substring(0, relation.indexOf('.'));
        String field = relation.substring(relation.indexOf('.') + 1);
        return new RelationNotLoadedException(relation + " was not loaded: add .include(" + model + "_." + field
                + ") to the query that read this " + model + ", or @Include(\"" + field + "\") to the repository method that did"
                + " (Toasty does not load relations lazily)");
    }
}
