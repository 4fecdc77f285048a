package dev.toasty.docs.integrity.versioned;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Version;

@Model
public record Account(@Key @Auto Long id, String owner, long balance, @Version Long version) {

    public static Account open(String owner) {
        return new Account(null, owner, 0, null);
    }

    public Account deposit(long amount) {
        return new Account(id, owner, balance + amount, version);
    }
}
