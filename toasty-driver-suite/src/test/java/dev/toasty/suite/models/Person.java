package dev.toasty.suite.models;

import dev.toasty.annotation.Required;

/** A second level of superclass, with fields of its own. */
public abstract class Person extends BaseEntity {

    @Required
    private String firstName;
    private String lastName;

    protected Person() {
    }

    protected Person(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
