package dev.toasty.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.toasty.jackson.PetShop.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrapper of a type declared with {@code @JsonTypeInfo} (the target of a polymorphic belongs-to is a sealed
 * interface): each value is written with its type id and read back as its own class.
 */
class PolymorphicContentTest {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle"), @JsonSubTypes.Type(value = Square.class, name = "square")})
    sealed interface Shape permits Circle, Square {
    }

    record Circle(int r) implements Shape {
    }

    record Square(int side) implements Shape {
    }

    record Drawing(BelongsTo<Shape> main, HasMany<Shape> all) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(new ToastyModule()).build();

    @Test
    void eachValueCarriesItsTypeIdBothWays() {
        Drawing drawing = new Drawing(BelongsTo.of(new Circle(2)), HasMany.of(new Circle(1), new Square(3)));

        String written = json.writeValueAsString(drawing);

        assertThat(json.readTree(written)).isEqualTo(json.readTree(
                q("{'main':{'type':'circle','r':2},'all':[{'type':'circle','r':1},{'type':'square','side':3}]}")));
        assertThat(json.readValue(written, Drawing.class)).isEqualTo(drawing);
    }
}
