package dev.toasty.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** S7: the 1000 users with their 10 posts each, every post touched. */
@State(Scope.Thread)
public class S7UsersWithPosts extends Trial {

    @Benchmark
    public int load() {
        return contender.usersWithPosts();
    }
}
