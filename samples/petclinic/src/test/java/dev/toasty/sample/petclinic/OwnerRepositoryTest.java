package dev.toasty.sample.petclinic;

import dev.toasty.spring.boot.test.DataToastyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories on their own: an in-memory SQLite database whose schema the migrations make, and each
 * test rolled back at its end.
 */
@DataToastyTest(schema = "migrate")
class OwnerRepositoryTest {

    @Autowired
    OwnerRepository owners;

    @Autowired
    PetTypeRepository types;

    @Autowired
    VisitRepository visits;

    @Autowired
    VetRepository vets;

    @Autowired
    SpecialtyRepository specialties;

    @Test
    void savingAnOwnerWithPetsInsertsThePets() {
        PetType cat = types.save(PetType.named("cat"));
        Owner owner = owners.save(Owner.of("Jean", "Coleman", "105 N. Lake St.", "Monona", "6085552654")
                .withPets(List.of(Pet.of("Samantha", LocalDate.of(2012, 9, 4), cat),
                        Pet.of("Max", LocalDate.of(2012, 9, 4), cat))));
        Pet max = owner.pets().get().get(1);
        visits.save(Visit.of(max.id(), LocalDate.of(2013, 1, 2), "rabies shot"));

        Owner read = owners.findById(owner.id()).orElseThrow();
        assertThat(read.pets().stream().map(Pet::name)).containsExactly("Samantha", "Max");
        assertThat(read.pets().get().get(1).type().get().name()).isEqualTo("cat");
        assertThat(read.pets().get().get(1).visits().stream().map(Visit::description)).containsExactly("rabies shot");
    }

    @Test
    void ownersComeAPageAtATimeByLastName() {
        for (String first : List.of("Betty", "Harold", "Peter", "Maria")) {
            owners.save(Owner.of(first, "Davis", "638 Cardinal Ave.", "Sun Prairie", "6085551749"));
        }
        owners.save(Owner.of("Eduardo", "Rodriquez", "2693 Commerce St.", "McFarland", "6085558763"));

        Page<Owner> first = owners.findByLastNameStartingWith("Da", PageRequest.of(0, 3, Sort.by("firstName")));
        Page<Owner> second = owners.findByLastNameStartingWith("Da", first.nextPageable());

        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.stream().map(Owner::firstName)).containsExactly("Betty", "Harold", "Maria");
        assertThat(second.stream().map(Owner::firstName)).containsExactly("Peter");
    }

    @Test
    void vetsComeWithTheirSpecialties() {
        Specialty surgery = specialties.save(Specialty.named("surgery"));
        Specialty dentistry = specialties.save(Specialty.named("dentistry"));
        vets.saveAll(List.of(Vet.of("Linda", "Douglas").withSpecialties(surgery, dentistry),
                Vet.of("James", "Carter")));

        List<Vet> all = vets.findAllByOrderByLastNameAscFirstNameAsc();

        assertThat(all.stream().map(Vet::lastName)).containsExactly("Carter", "Douglas");
        assertThat(all.get(0).specialties().get()).isEmpty();
        assertThat(all.get(1).specialties().stream().map(Specialty::name)).containsExactlyInAnyOrder("surgery", "dentistry");
        assertThat(vets.findBySpecialtiesName("dentistry").stream().map(Vet::lastName)).containsExactly("Douglas");
    }

    @Test
    void visitsComeNewestFirst() {
        PetType dog = types.save(PetType.named("dog"));
        Owner owner = owners.save(Owner.of("Carlos", "Estaban", "2335 Independence La.", "Waunakee", "6085555487")
                .withPets(List.of(Pet.of("Lucky", LocalDate.of(2011, 8, 6), dog))));
        Long lucky = owner.pets().get().get(0).id();
        visits.saveAll(List.of(Visit.of(lucky, LocalDate.of(2013, 1, 1), "neutered"),
                Visit.of(lucky, LocalDate.of(2013, 3, 4), "spayed")));

        assertThat(visits.findByPetIdOrderByDateDesc(lucky).stream().map(Visit::description)).containsExactly("spayed", "neutered");
    }
}
