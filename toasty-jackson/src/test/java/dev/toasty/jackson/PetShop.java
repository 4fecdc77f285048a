package dev.toasty.jackson;

import dev.toasty.Toasty;
import dev.toasty.jackson.pets.Licence;
import dev.toasty.jackson.pets.Owner;
import dev.toasty.jackson.pets.Pet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tests' fixture: Toasty on in-memory SQLite with the pet models, and a mapper with the module, as a user builds it. */
final class PetShop implements AutoCloseable {

    final Toasty db = Toasty.builder().models(Owner.class, Pet.class, Licence.class).url("sqlite::memory:").build();
    final JsonMapper json = JsonMapper.builder().addModule(new ToastyModule()).build();

    PetShop() {
        db.pushSchema();
    }

    /** Ann, with notes, the pets Rex and Tom, and licence L-1. */
    Owner ann() {
        return db.insert(Owner.of("Ann", "feeds at six", Pet.of("Rex"), Pet.of("Tom")).withLicence(Licence.of("L-1")));
    }

    JsonNode tree(Object value) {
        return json.readTree(json.writeValueAsString(value));
    }

    /** JSON written with single quotes, for readable test literals. */
    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Override
    public void close() {
        db.close();
    }
}
