package dev.toasty.sample.petclinic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Puts the clinic's vets and their specialties into an empty database when the application starts. */
@Component
public class VetSeed implements ApplicationRunner {

    private final VetRepository vets;
    private final SpecialtyRepository specialties;

    public VetSeed(VetRepository vets, SpecialtyRepository specialties) {
        this.vets = vets;
        this.specialties = specialties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (vets.count() > 0) {
            return;
        }
        List<Specialty> saved = specialties.saveAll(
                List.of(Specialty.named("radiology"), Specialty.named("surgery"), Specialty.named("dentistry")));
        Specialty radiology = saved.get(0);
        Specialty surgery = saved.get(1);
        Specialty dentistry = saved.get(2);
        vets.saveAll(List.of(
                Vet.of("James", "Carter"),
                Vet.of("Helen", "Leary").withSpecialties(radiology),
                Vet.of("Linda", "Douglas").withSpecialties(surgery, dentistry),
                Vet.of("Rafael", "Ortega").withSpecialties(surgery)));
    }
}
