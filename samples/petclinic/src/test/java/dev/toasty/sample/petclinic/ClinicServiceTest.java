package dev.toasty.sample.petclinic;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service in the whole application, on an in-memory SQLite database migrated at startup (or on the
 * database {@code PETCLINIC_TEST_URL} names). The tests are not transactional themselves, so each service
 * call commits or rolls back as it would in production.
 */
@SpringBootTest(properties = "toasty.url=${PETCLINIC_TEST_URL:sqlite::memory:}")
class ClinicServiceTest {

    @Autowired
    ClinicService clinic;

    @Autowired
    OwnerRepository owners;

    @Autowired
    PetTypeRepository types;

    @AfterEach
    void deleteOwnersAndTypes() {
        owners.deleteAll();   // their pets and visits go too: ON DELETE CASCADE
        types.deleteAll();
    }

    @Test
    void addsAPetToAnOwnerAndAVisitToThePet() {
        Owner owner = clinic.addOwner("George", "Franklin", "110 W. Liberty St.", "Madison", "6085551023");

        Pet leo = clinic.addPet(owner.id(), "Leo", LocalDate.of(2010, 9, 7), "cat");
        clinic.addVisit(owner.id(), leo.id(), LocalDate.of(2013, 1, 1), "rabies shot");

        Owner read = clinic.owner(owner.id());
        assertThat(read.pets().stream().map(Pet::name)).containsExactly("Leo");
        assertThat(read.pets().get().get(0).type().get().name()).isEqualTo("cat");
        assertThat(read.pets().get().get(0).visits().stream().map(Visit::description)).containsExactly("rabies shot");
    }

    @Test
    void aSecondPetOfTheSameNameRollsBackTheNewType() {
        Owner owner = clinic.addOwner("Betty", "Davis", "638 Cardinal Ave.", "Sun Prairie", "6085551749");
        clinic.addPet(owner.id(), "Basil", LocalDate.of(2012, 8, 6), "hamster");

        assertThatThrownBy(() -> clinic.addPet(owner.id(), "Basil", LocalDate.of(2013, 1, 1), "lizard"))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(types.findByName("lizard")).as("the type added in the failed transaction").isEmpty();
        assertThat(clinic.owner(owner.id()).pets().stream().map(Pet::name)).containsExactly("Basil");
    }

    @Test
    void listsOwnersByLastNameAPageAtATime() {
        for (String first : List.of("Harold", "Peter", "Maria")) {
            clinic.addOwner(first, "Davis", "563 Friendly St.", "Windsor", "6085553198");
        }
        clinic.addOwner("Jeff", "Black", "1450 Oak Blvd.", "Monona", "6085555387");

        Page<Owner> page = clinic.findOwners("Dav", PageRequest.of(0, 2, Sort.by("firstName")));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.stream().map(Owner::firstName)).containsExactly("Harold", "Maria");
    }

    @Test
    void aPetOfAnotherOwnerIsNotFound() {
        Owner george = clinic.addOwner("George", "Franklin", "110 W. Liberty St.", "Madison", "6085551023");
        Owner betty = clinic.addOwner("Betty", "Davis", "638 Cardinal Ave.", "Sun Prairie", "6085551749");
        Pet leo = clinic.addPet(george.id(), "Leo", LocalDate.of(2010, 9, 7), "cat");

        assertThatThrownBy(() -> clinic.addVisit(betty.id(), leo.id(), LocalDate.of(2013, 1, 1), "check-up"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Owner " + betty.id() + " has no pet " + leo.id());
    }
}
