package dev.toasty.spring.data.repository;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The Spring Data repository of a Toasty model: CRUD, sorting and paging over one {@code @Model}
 * type, plus derived query methods declared on the sub-interface. {@code ID} is the type of the
 * model's key: the key field's type for a single-field key; for a composite key a record whose
 * components are named like the key fields, or an {@code Object[]} of the key parts in declaration order.
 */
@NoRepositoryBean
public interface ToastyRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {
}
