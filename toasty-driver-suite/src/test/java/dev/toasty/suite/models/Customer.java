package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

/** Two unique fields on one model: each must hold on its own, on insert, update and delete. */
@Model
public record Customer(@Key @Auto Long id, @Required String name, @Unique String email, @Unique String phone) {

    public Customer withEmail(String newEmail) {
        return new Customer(id, name, newEmail, phone);
    }

    public Customer withPhone(String newPhone) {
        return new Customer(id, name, email, newPhone);
    }
}
