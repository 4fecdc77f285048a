package dev.toasty.benchmarks.jpa;

import dev.toasty.benchmarks.ItemData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of {@code bench_item}, with ids from the pooled sequence {@code bench_item_seq} (a table on SQLite). */
@Entity
@Table(name = "bench_item")
public class JpaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_item_seq")
    @SequenceGenerator(name = "bench_item_seq", sequenceName = "bench_item_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String category;
    private String note;
    private int qty;
    @Column(name = "grade")
    private int rank;
    private long price;
    private long stock;
    private double score;
    private boolean active;

    protected JpaItem() {
    }

    /** The entity holding {@code item}'s values, new when its id is null, detached otherwise. */
    public static JpaItem of(ItemData item) {
        JpaItem entity = new JpaItem();
        entity.id = item.id();
        entity.name = item.name();
        entity.category = item.category();
        entity.note = item.note();
        entity.qty = item.qty();
        entity.rank = item.rank();
        entity.price = item.price();
        entity.stock = item.stock();
        entity.score = item.score();
        entity.active = item.active();
        return entity;
    }

    public ItemData toData() {
        return new ItemData(id, name, category, note, qty, rank, price, stock, score, active);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getNote() {
        return note;
    }

    public int getQty() {
        return qty;
    }

    public int getRank() {
        return rank;
    }

    public long getPrice() {
        return price;
    }

    public long getStock() {
        return stock;
    }

    public double getScore() {
        return score;
    }

    public boolean isActive() {
        return active;
    }
}
