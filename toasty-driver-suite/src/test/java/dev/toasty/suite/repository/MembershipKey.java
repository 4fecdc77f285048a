package dev.toasty.suite.repository;

/** The composite key of {@code Membership} as a repository id: components named like the key fields. */
public record MembershipKey(long orgId, long userId) {
}
