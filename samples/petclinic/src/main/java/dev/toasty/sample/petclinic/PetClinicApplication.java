package dev.toasty.sample.petclinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The pet clinic of the tutorial (docs/tutorial.md): owners, their pets and the pets' visits, and the vets. */
@SpringBootApplication
public class PetClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetClinicApplication.class, args);
    }
}
