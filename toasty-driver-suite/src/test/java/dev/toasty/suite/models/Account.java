package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;

/** A plain class model: private fields, a no-argument constructor, a primitive identity key. */
@Model
public class Account {

    @Key
    @Auto
    private long id;
    @Unique
    private String login;
    private int balance;

    protected Account() {
    }

    public Account(String login, int balance) {
        this.login = login;
        this.balance = balance;
    }

    public long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public int getBalance() {
        return balance;
    }

    public void setBalance(int balance) {
        this.balance = balance;
    }
}
