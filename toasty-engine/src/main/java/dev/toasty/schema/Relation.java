package dev.toasty.schema;

import dev.toasty.relation.DeleteRule;

import java.util.List;

/**
 * A relation of a model, verified at startup.
 * <ul>
 *   <li>{@code BELONGS_TO}: {@code foreignKey} holds this model's fields pointing at the key of the target;
 *       a polymorphic one also has a {@code typeField} naming the target model, among {@code targets}.</li>
 *   <li>{@code HAS_MANY} and {@code HAS_ONE}: the target's {@code BELONGS_TO} named {@code inverse}
 *       points here; or, with {@code through}, this model's has-many to a join model whose
 *       {@code BELONGS_TO} named {@code throughTarget} reaches the target.</li>
 * </ul>
 * {@code removeOrphans}: saving the owner deletes the children its loaded has-many no longer holds.
 * {@code slot} is the position of the relation among the model's record components (or fields).
 */
public record Relation(Class<?> owner, String name, Kind kind, List<Class<?>> targets, List<Field> foreignKey,
                       Field typeField, String inverse, String through, String throughTarget, DeleteRule onDelete,
                       boolean required, boolean removeOrphans, int slot) {

    public enum Kind { BELONGS_TO, HAS_MANY, HAS_ONE }

    public Relation {
        targets = List.copyOf(targets);
        foreignKey = List.copyOf(foreignKey);
    }

    /** The target model; for a polymorphic relation, the first of its targets. */
    public Class<?> target() {
        return targets.get(0);
    }

    public boolean polymorphic() {
        return typeField != null;
    }

    public boolean many() {
        return kind == Kind.HAS_MANY;
    }

    /** {@code Post.author}, for messages. */
    public String qualifiedName() {
        return owner.getSimpleName() + "." + name;
    }
}
