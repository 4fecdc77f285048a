package dev.toasty.suite.repository;

/** An interface projection of {@code User}: two getters named like fields. */
public interface UserName {

    String getName();

    Integer getAge();
}
