package dev.toasty.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.toasty.jackson.pets.Pet;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.toasty.jackson.PetShop.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrapper's content is written and read as its declared type would be: with the type id of a {@code @JsonTypeInfo}
 * type (the target of a polymorphic belongs-to is a sealed interface), and with the annotations of the property.
 */
class ContentTest {

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

    record Kennel(@JsonIgnoreProperties("ownerId") HasMany<Pet> pets, @JsonIgnoreProperties("id") BelongsTo<Pet> best) {
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

    @Test
    void thePropertysAnnotationsApplyToTheContent() {
        Pet rex = new Pet(1L, "Rex", 7L, BelongsTo.unloaded());

        String written = json.writeValueAsString(new Kennel(HasMany.of(rex), BelongsTo.of(rex)));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(
                q("{'pets':[{'id':1,'name':'Rex'}],'best':{'name':'Rex','ownerId':7}}")));
        assertThat(json.readValue(written, Kennel.class).pets().get()).containsExactly(new Pet(1L, "Rex", null, BelongsTo.unloaded()));
    }
}
