package dev.toasty.docs.relations;

import dev.toasty.RelationNotLoadedException;
import dev.toasty.Toasty;
import dev.toasty.docs.relations.belongsto.Customer;
import dev.toasty.docs.relations.belongsto.Customer_;
import dev.toasty.docs.relations.belongsto.Order;
import dev.toasty.docs.relations.belongsto.Order_;
import dev.toasty.relation.BelongsTo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/belongs-to.md, run as written there. */
class BelongsToTest {

    @Test
    void ordersBelongToCustomers() {
        Statements statements = new Statements();
        try (Toasty db = Toasty.builder().models(Customer.class, Order.class).url("sqlite::memory:").listener(statements).build()) {
            db.pushSchema();
            Customer ada = db.insert(new Customer(null, "Ada", "ada@example.com"));
            Customer bob = db.insert(new Customer(null, "Bob", "bob@example.com"));
            db.insert(Order.of("Keyboard", ada.id()));
            db.insert(new Order(null, "Scarf", ada.id(), BelongsTo.unloaded(), bob.id(), BelongsTo.unloaded()));
            statements.clear();

            List<Order> orders = db.query(Order.class)
                    .include(Order_.customer, Order_.recipient)
                    .orderBy(Order_.id.asc())
                    .list();
            Order keyboard = orders.get(0);
            Order scarf = orders.get(1);
            String buyer = scarf.customer().get().name();           // "Ada"
            Optional<Customer> giftFor = scarf.recipient().find();  // Bob
            Customer noOne = keyboard.recipient().get();            // null: giftFor is null

            assertThat(buyer).isEqualTo("Ada");
            assertThat(giftFor).map(Customer::name).contains("Bob");
            assertThat(noOne).isNull();
            assertThat(keyboard.recipient().isLoaded()).isTrue();
            assertThat(keyboard.customer().get()).isSameAs(scarf.customer().get());
            assertThat(statements.sql()).containsExactly(
                    "SELECT `id`, `item`, `customer_id`, `gift_for` FROM `orders` ORDER BY `id`",
                    "SELECT `id`, `name`, `email` FROM `customers` WHERE `id` IN (?) ORDER BY `id`",
                    "SELECT `id`, `name`, `email` FROM `customers` WHERE `id` IN (?) ORDER BY `id`");

            Order plain = db.get(Order.class, scarf.id());
            boolean loaded = plain.customer().isLoaded();  // false

            assertThat(loaded).isFalse();
            assertThatThrownBy(() -> plain.customer().get())
                    .isInstanceOf(RelationNotLoadedException.class)
                    .hasMessage("Order.customer was not loaded: add .include(Order_.customer) to the query that read "
                            + "this Order, or @Include(\"customer\") to the repository method that did (Toasty does not load relations lazily)");
        }
    }

    @Test
    void aLoadedTargetFillsTheForeignKeyOnInsert() {
        try (Toasty db = Toasty.builder().models(Customer.class, Order.class).url("sqlite::memory:").build()) {
            db.pushSchema();
            Customer bob = db.insert(new Customer(null, "Bob", "bob@example.com"));

            Order mouse = db.insert(new Order(null, "Mouse", null, BelongsTo.of(bob), null, BelongsTo.unloaded()));
            Long customerId = mouse.customerId();  // bob.id()

            assertThat(customerId).isEqualTo(bob.id());
            List<Order> bobs = db.query(Order.class).where(Order_.customer.then(Customer_.email).eq("bob@example.com")).list();
            assertThat(bobs).extracting(Order::item).containsExactly("Mouse");

            Order moved = db.update(new Order(mouse.id(), "Mouse", bob.id(), BelongsTo.unloaded(), bob.id(), BelongsTo.unloaded()));
            assertThat(db.query(Order.class).where(Order_.recipient.then(Customer_.name).eq("Bob")).list()).containsExactly(moved);
        }
    }

    @Test
    void aRecordBuiltWithAnUnloadedRelationSaysSo() {
        Order built = Order.of("Keyboard", 1L);
        assertThatThrownBy(() -> built.customer().get())
                .isInstanceOf(RelationNotLoadedException.class)
                .hasMessageStartingWith("This relation was not loaded: records read by Toasty load a relation only when the query");
    }
}
