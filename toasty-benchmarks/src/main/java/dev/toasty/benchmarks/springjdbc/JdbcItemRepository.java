package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The items' Spring Data JDBC repository: CRUD, a derived query and a modifying query. */
public interface JdbcItemRepository extends ListCrudRepository<JdbcItem, Long> {

    List<JdbcItem> findByActiveOrderByIdAsc(boolean active, Limit limit);

    @Modifying
    @Query("UPDATE bench_item SET qty = :qty WHERE id = :id")
    int updateQty(long id, int qty);
}
