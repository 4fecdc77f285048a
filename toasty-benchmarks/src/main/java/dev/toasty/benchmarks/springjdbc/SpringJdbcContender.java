package dev.toasty.benchmarks.springjdbc;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import dev.toasty.benchmarks.ItemFilter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Spring Data JDBC: repositories for CRUD, a derived and a modifying query, {@link JdbcAggregateTemplate}
 * for batched inserts and updates and for criteria queries, {@link TransactionTemplate} for transactions.
 */
public final class SpringJdbcContender implements Contender {

    private final AnnotationConfigApplicationContext context;
    private final JdbcItemRepository items;
    private final JdbcUserRepository users;
    private final JdbcAggregateTemplate template;
    private final TransactionTemplate transactions;

    private SpringJdbcContender(AnnotationConfigApplicationContext context) {
        this.context = context;
        this.items = context.getBean(JdbcItemRepository.class);
        this.users = context.getBean(JdbcUserRepository.class);
        this.template = context.getBean(JdbcAggregateTemplate.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    public static Contender start(Database db) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(Database.class, () -> db);
        context.register(JdbcConfig.class);
        context.refresh();
        return new SpringJdbcContender(context);
    }

    @Override
    public Object find(long id) {
        return items.findById(id).orElseThrow();
    }

    @Override
    public List<?> listActive(int n) {
        return items.findByActiveOrderByIdAsc(true, Limit.of(n));
    }

    @Override
    public long insert(ItemData item) {
        return items.save(entity(item)).id();
    }

    @Override
    public void insertAll(List<ItemData> data) {
        List<JdbcItem> batch = data.stream().map(SpringJdbcContender::entity).toList();
        transactions.executeWithoutResult(status -> template.insertAll(batch));
    }

    @Override
    public void updateQty(long id, int qty) {
        items.updateQty(id, qty);
    }

    @Override
    public void updateAll(List<ItemData> data) {
        List<JdbcItem> batch = data.stream().map(SpringJdbcContender::entity).toList();
        transactions.executeWithoutResult(status -> template.updateAll(batch));
    }

    @Override
    public int usersWithPosts() {
        int posts = 0;
        for (JdbcUser user : users.findAll()) {
            for (JdbcPost post : user.posts()) {
                posts += post.title().isEmpty() ? 0 : 1;
            }
        }
        return posts;
    }

    @Override
    public List<?> filter(ItemFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.category() != null) {
            criteria = criteria.and("category").is(filter.category());
        }
        if (filter.minQty() != null) {
            criteria = criteria.and("qty").greaterThanOrEquals(filter.minQty());
        }
        if (filter.active() != null) {
            criteria = criteria.and("active").is(filter.active());
        }
        Query query = Query.query(criteria).sort(Sort.by("id")).limit(ItemFilter.LIMIT);
        return template.findAll(query, JdbcItem.class);
    }

    private static JdbcItem entity(ItemData item) {
        return new JdbcItem(item.id(), item.name(), item.category(), item.note(), item.qty(), item.rank(), item.price(),
                item.stock(), item.score(), item.active());
    }

    @Override
    public ItemData view(Object item) {
        JdbcItem i = (JdbcItem) item;
        return new ItemData(i.id(), i.name(), i.category(), i.note(), i.qty(), i.rank(), i.price(), i.stock(), i.score(),
                i.active());
    }

    @Override
    public void close() {
        context.close();
    }
}
