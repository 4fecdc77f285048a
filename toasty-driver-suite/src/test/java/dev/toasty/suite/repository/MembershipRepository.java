package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.Membership;

import java.util.List;

/** A repository over a model with a composite key, whose id is a {@link MembershipKey} record. */
public interface MembershipRepository extends ToastyRepository<Membership, MembershipKey> {

    List<Membership> findByOrgIdAndRole(long orgId, String role);
}
