package dev.toasty.suite.repository;

/** A DTO projection of {@code User}: a record whose components are two of its fields. */
public record UserContact(String name, String email) {
}
