package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.ToastyException;
import dev.toasty.UniqueViolationException;
import dev.toasty.ValidationException;
import dev.toasty.docs.relations.hasone.Account;
import dev.toasty.docs.relations.hasone.Account_;
import dev.toasty.docs.relations.hasone.Avatar;
import dev.toasty.docs.relations.hasone.Avatar_;
import dev.toasty.docs.relations.hasone.Capital;
import dev.toasty.docs.relations.hasone.Country;
import dev.toasty.docs.relations.hasone.Country_;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasOne;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/has-one.md, run as written there. */
class HasOneTest {

    @Test
    void anAccountHasOneAvatar() {
        try (Toasty db = Toasty.builder().models(Account.class, Avatar.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Account ada = db.insert(Account.of("ada").withAvatar(Avatar.at("https://img.example.com/ada-1.png")));
            Account bob = db.insert(Account.of("bob"));

            Account loaded = db.query(Account.class).where(Account_.login.eq("ada")).include(Account_.avatar).one();
            String url = loaded.avatar().get().url();                   // ".../ada-1.png"
            Optional<Avatar> none = db.query(Account.class).where(Account_.login.eq("bob"))
                    .include(Account_.avatar).one().avatar().find();    // empty, and loaded

            assertThat(url).isEqualTo("https://img.example.com/ada-1.png");
            assertThat(none).isEmpty();
            assertThat(ada.avatar().get().accountId()).isEqualTo(ada.id());

            Avatar second = db.replace(ada, Account_.avatar, Avatar.at("https://img.example.com/ada-2.png"));

            assertThat(second.accountId()).isEqualTo(ada.id());
            assertThat(db.query(Avatar.class).list()).extracting(Avatar::url).containsExactly("https://img.example.com/ada-2.png");

            Avatar another = new Avatar(null, ada.id(), "https://img.example.com/ada-3.png", BelongsTo.unloaded());
            assertThatThrownBy(() -> db.insert(another)).isInstanceOf(UniqueViolationException.class);

            db.replace(bob, Account_.avatar, Avatar.at("https://img.example.com/bob.png"));
            db.replace(bob, Account_.avatar, null);
            assertThat(db.query(Avatar.class).where(Avatar_.accountId.eq(bob.id())).exists()).isFalse();
        }
    }

    @Test
    void aRequiredHasOneIsInsertedWithItsOwner() {
        try (Toasty db = Toasty.builder().models(Country.class, Capital.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Country france = db.insert(new Country("FR", "France", HasOne.of(Capital.named("Paris"))));
            String code = france.capital().get().countryCode();  // "FR"

            assertThat(code).isEqualTo("FR");
            assertThatThrownBy(() -> db.insert(new Country("DE", "Germany", HasOne.unloaded())))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Country.capital is @HasOne.Required: insert the Country with HasOne.of(...)");
            assertThat(db.find(Country.class, "DE")).isEmpty();

            db.sql("DELETE FROM capitals WHERE country_code = 'FR'").execute();
            assertThatThrownBy(() -> db.query(Country.class).include(Country_.capital).list())
                    .isInstanceOf(ToastyException.class)
                    .hasMessage("A Country has no Capital although Country.capital is @HasOne.Required "
                            + "(was it written outside Toasty?)");
        }
    }
}
