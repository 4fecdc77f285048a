package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.docs.relations.hasmany.Player;
import dev.toasty.docs.relations.hasmany.Player_;
import dev.toasty.docs.relations.hasmany.Team;
import dev.toasty.docs.relations.hasmany.Team_;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/relations/has-many.md, run as written there. */
class HasManyTest {

    @Test
    void aTeamHasPlayers() {
        Statements statements = new Statements();
        try (Toasty db = Toasty.builder().models(Team.class, Player.class).url("sqlite::memory:").listener(statements).build()) {
            db.pushSchema();

            Team falcons = db.insert(new Team(null, "Falcons", HasMany.of(Player.of("Kim", 7), Player.of("Lee", 9))));
            Long teamId = falcons.players().get().get(0).teamId();  // falcons.id()

            assertThat(teamId).isEqualTo(falcons.id());
            assertThat(falcons.players().get()).extracting(Player::id).doesNotContainNull();
            db.insert(Team.named("Owls"));
            statements.clear();

            List<Team> teams = db.query(Team.class)
                    .include(Team_.players.orderBy(Player_.number.desc()))
                    .orderBy(Team_.name.asc())
                    .list();
            List<String> names = new ArrayList<>();
            for (Player player : teams.get(0).players()) {
                names.add(player.name());                       // "Lee", "Kim"
            }
            int owls = teams.get(1).players().size();          // 0

            assertThat(names).containsExactly("Lee", "Kim");
            assertThat(owls).isZero();
            assertThat(statements.sql()).containsExactly(
                    "SELECT `id`, `name` FROM `teams` ORDER BY `name`",
                    "SELECT `id`, `name`, `number`, `team_id` FROM `players` WHERE `team_id` IS NOT NULL "
                            + "ORDER BY `number` DESC, `id`");

            Team underTen = db.query(Team.class).where(Team_.name.eq("Falcons"))
                    .include(Team_.players.where(Player_.number.lt(8))).one();
            assertThat(underTen.players().get()).extracting(Player::name).containsExactly("Kim");

            statements.clear();
            Player sam = db.insert(Player.of("Sam", 4));          // a free agent: teamId is null
            Player signed = db.link(falcons, Team_.players, sam);  // sets sam's teamId
            db.unlink(falcons, Team_.players, signed);             // sets it back to null
            assertThat(statements.sql()).contains("UPDATE `players` SET `team_id` = ? WHERE `id` = ?");

            assertThat(signed.teamId()).isEqualTo(falcons.id());
            assertThat(db.get(Player.class, sam.id()).teamId()).isNull();

            List<Team> withSeven = db.query(Team.class).where(Team_.players.any(Player_.number.eq(7))).list();
            assertThat(withSeven).extracting(Team::name).containsExactly("Falcons");
        }
    }
}
