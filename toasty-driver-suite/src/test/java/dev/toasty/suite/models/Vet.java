package dev.toasty.suite.models;

import dev.toasty.annotation.Model;

/** A plain-class model whose key and names are inherited from {@link Person} and {@link BaseEntity}. */
@Model
public class Vet extends Person {

    private String specialty;

    protected Vet() {
    }

    public Vet(String firstName, String lastName, String specialty) {
        super(firstName, lastName);
        this.specialty = specialty;
    }

    public String getSpecialty() {
        return specialty;
    }
}
