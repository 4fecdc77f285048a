package dev.toasty.spring.boot.slice;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.test.DataToastyTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataToastyTest}: Toasty on an in-memory SQLite database, components left out, each test rolled back. */
@DataToastyTest(properties = "toasty.url=postgresql://nowhere.invalid:1/not-used")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataToastySliceTest {

    @Autowired
    Toasty db;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(1)
    void toastyRunsOnInMemorySqliteInsideATransaction() {
        assertThat(db.capability().backend()).isEqualTo("sqlite");
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        db.insert(new Note(null, "kept only during this test"));
        assertThat(db.query(Note.class).count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theEarlierTestsWritesWereRolledBack() {
        assertThat(db.query(Note.class).count()).isZero();
    }

    @Test
    void applicationComponentsAreLeftOut() {
        assertThat(context.getBeanNamesForType(WebThing.class)).isEmpty();
    }
}
