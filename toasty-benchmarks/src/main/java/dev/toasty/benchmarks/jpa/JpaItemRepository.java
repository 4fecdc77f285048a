package dev.toasty.benchmarks.jpa;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The items' Spring Data repository: CRUD, a derived query, a modifying query and specifications. */
public interface JpaItemRepository extends JpaRepository<JpaItem, Long>, JpaSpecificationExecutor<JpaItem> {

    List<JpaItem> findByActiveOrderByIdAsc(boolean active, Limit limit);

    @Transactional
    @Modifying
    @Query("update JpaItem i set i.qty = :qty where i.id = :id")
    int updateQty(long id, int qty);
}
