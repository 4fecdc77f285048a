package dev.toasty.benchmarks.toasty;

import dev.toasty.Toasty;
import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import dev.toasty.benchmarks.ItemFilter;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;

import java.util.ArrayList;
import java.util.List;

/** Toasty over the shared pool, through its query API, with the metamodel the processor generates. */
public final class ToastyContender implements Contender {

    private final Toasty toasty;
    private final ItemRepository repository;

    public ToastyContender(Database db) {
        this.toasty = Toasty.builder().dataSource(db.dataSource()).models(Item.class, BenchUser.class, BenchPost.class).build();
        this.repository = new ToastyRepositoryFactory(toasty).getRepository(ItemRepository.class);
    }

    @Override
    public Object find(long id) {
        return toasty.query(Item.class).where(Item_.id.eq(id)).first().orElseThrow();
    }

    @Override
    public List<?> listActive(int n) {
        return toasty.query(Item.class).where(Item_.active.eq(true)).orderBy(Item_.id.asc()).limit(n).list();
    }

    @Override
    public long insert(ItemData item) {
        return toasty.insert(Item.of(item)).id();
    }

    @Override
    public void insertAll(List<ItemData> items) {
        List<Item> records = new ArrayList<>(items.size());
        for (ItemData item : items) {
            records.add(Item.of(item));
        }
        toasty.insertAll(records);
    }

    @Override
    public void updateQty(long id, int qty) {
        toasty.update(Item.class).set(Item_.qty, qty).where(Item_.id.eq(id)).execute();
    }

    @Override
    public void updateAll(List<ItemData> items) {
        List<Item> records = new ArrayList<>(items.size());
        for (ItemData item : items) {
            records.add(Item.of(item));
        }
        toasty.updateAll(records);
    }

    @Override
    public int usersWithPosts() {
        int posts = 0;
        for (BenchUser user : toasty.query(BenchUser.class).include(BenchUser_.posts).list()) {
            posts += user.posts().get().size();
        }
        return posts;
    }

    @Override
    public List<?> filter(ItemFilter filter) {
        return toasty.query(Item.class)
                .whereIfNotNull(filter.category(), Item_.category::eq)
                .whereIfNotNull(filter.minQty(), Item_.qty::ge)
                .whereIfNotNull(filter.active(), Item_.active::eq)
                .orderBy(Item_.id.asc())
                .limit(ItemFilter.LIMIT)
                .list();
    }

    @Override
    public Object findThroughRepository(long id) {
        return repository.findById(id).orElseThrow();
    }

    @Override
    public ItemData view(Object item) {
        Item i = (Item) item;
        return new ItemData(i.id(), i.name(), i.category(), i.note(), i.qty(), i.grade(), i.price(), i.stock(), i.score(), i.active());
    }

    @Override
    public void close() {
        toasty.close();
    }
}
