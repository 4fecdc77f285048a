package dev.toasty.benchmarks.jpa;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import dev.toasty.benchmarks.ItemFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring Data JPA on Hibernate: a Spring context over the shared pool, the EntityManager for plain
 * finds and the repositories for everything else.
 */
public final class JpaContender implements Contender {

    private final AnnotationConfigApplicationContext context;
    private final EntityManager entityManager;
    private final JpaItemRepository items;
    private final JpaUserRepository users;
    private final TransactionTemplate readOnly;

    private JpaContender(AnnotationConfigApplicationContext context) {
        this.context = context;
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
        this.items = context.getBean(JpaItemRepository.class);
        this.users = context.getBean(JpaUserRepository.class);
        this.readOnly = context.getBean(TransactionTemplate.class);
    }

    public static Contender start(Database db) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(Database.class, () -> db, definition -> definition.setDestroyMethodName(""));
        context.register(JpaConfig.class);
        context.refresh();
        return new JpaContender(context);
    }

    @Override
    public Object find(long id) {
        return entityManager.find(JpaItem.class, id);
    }

    @Override
    public List<?> listActive(int n) {
        return items.findByActiveOrderByIdAsc(true, Limit.of(n));
    }

    @Override
    public long insert(ItemData item) {
        return items.save(JpaItem.of(item)).getId();
    }

    @Override
    public void insertAll(List<ItemData> records) {
        items.saveAll(entities(records));
    }

    @Override
    public void updateQty(long id, int qty) {
        items.updateQty(id, qty);
    }

    @Override
    public void updateAll(List<ItemData> records) {
        items.saveAll(entities(records));
    }

    private static List<JpaItem> entities(List<ItemData> records) {
        List<JpaItem> entities = new ArrayList<>(records.size());
        for (ItemData record : records) {
            entities.add(JpaItem.of(record));
        }
        return entities;
    }

    @Override
    public int usersWithPosts() {
        Integer posts = readOnly.execute(status -> {
            int count = 0;
            for (JpaUser user : users.findAll()) {
                for (JpaPost post : user.getPosts()) {
                    if (post.getTitle() != null) {
                        count++;
                    }
                }
            }
            return count;
        });
        return posts == null ? 0 : posts;
    }

    @Override
    public List<?> filter(ItemFilter filter) {
        return items.findBy(JpaItemSpecs.matching(filter), query -> query.sortBy(Sort.by("id")).limit(ItemFilter.LIMIT).all());
    }

    @Override
    public Object findThroughRepository(long id) {
        return items.findById(id).orElseThrow();
    }

    @Override
    public ItemData view(Object item) {
        return ((JpaItem) item).toData();
    }

    @Override
    public void close() {
        context.close();
    }
}
