package dev.toasty.spring.data.repository.config.notes;

import org.springframework.data.repository.CrudRepository;

/** A repository of a type that is not a {@code @Model}: Toasty must leave it to the other store. */
public interface MemoRepository extends CrudRepository<Memo, Long> {
}
