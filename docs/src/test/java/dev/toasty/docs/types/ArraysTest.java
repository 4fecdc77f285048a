package dev.toasty.docs.types;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.docs.types.arrays.Diet;
import dev.toasty.docs.types.arrays.Recipe;
import dev.toasty.docs.types.arrays.Recipe_;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/types/arrays.md, run as written there. */
class ArraysTest {

    @Test
    void listsAndSetsRoundTripAndFilter() {
        try (Toasty db = Toasty.builder().models(Recipe.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Recipe toast = db.insert(new Recipe(null, "Toast", List.of("breakfast", "quick"), List.of(5, 4, 5), Set.of(Diet.VEGAN)));
            Recipe soup = db.insert(new Recipe(null, "Soup", List.of("dinner"), List.of(), Set.of(Diet.VEGAN, Diet.GLUTEN_FREE)));
            Recipe stew = db.insert(new Recipe(null, "Stew", List.of("dinner", "slow"), null, Set.of()));

            List<String> tags = db.get(Recipe.class, toast.id()).tags();     // [breakfast, quick]
            List<Integer> ratings = db.get(Recipe.class, toast.id()).ratings(); // [5, 4, 5]

            assertThat(tags).containsExactly("breakfast", "quick");
            assertThat(ratings).containsExactly(5, 4, 5);
            assertThat(db.get(Recipe.class, soup.id())).isEqualTo(soup);
            assertThat(db.get(Recipe.class, stew.id())).isEqualTo(stew);

            List<Recipe> quick = db.query(Recipe.class).where(Recipe_.tags.contains("quick")).list();
            List<Recipe> slow = db.query(Recipe.class).where(Recipe_.tags.containsAll("dinner", "slow")).list();
            List<Recipe> plantBased = db.query(Recipe.class).where(Recipe_.diets.overlaps(Diet.VEGAN, Diet.VEGETARIAN)).list();
            List<Recipe> unrated = db.query(Recipe.class).where(Recipe_.ratings.isEmpty()).list();
            List<Recipe> popular = db.query(Recipe.class).where(Recipe_.ratings.size().ge(3)).list();

            assertThat(quick).containsExactly(toast);
            assertThat(slow).containsExactly(stew);
            assertThat(plantBased).containsExactlyInAnyOrder(toast, soup);
            assertThat(unrated).containsExactly(soup);
            assertThat(popular).containsExactly(toast);
            assertThat(db.query(Recipe.class).where(Recipe_.ratings.isNotEmpty()).list()).containsExactly(toast);
            assertThat(db.query(Recipe.class).where(Recipe_.ratings.isNull()).list()).containsExactly(stew);
            assertThat(db.query(Recipe.class).where(Recipe_.diets.isEmpty()).list()).containsExactly(stew);
            assertThat(db.query(Recipe.class).where(Recipe_.tags.contains("quick").not()).list())
                    .containsExactlyInAnyOrder(soup, stew);

            assertThatThrownBy(() -> db.insert(new Recipe(null, "Bad", Arrays.asList("quick", null), null, null)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("null element");
            assertThatThrownBy(() -> Recipe_.tags.contains(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
