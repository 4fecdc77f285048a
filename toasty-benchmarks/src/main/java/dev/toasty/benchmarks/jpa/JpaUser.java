package dev.toasty.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A row of {@code bench_user} with its posts (lazy unless a query fetches them). */
@Entity
@Table(name = "bench_user")
public class JpaUser {

    @Id
    private Long id;
    private String name;
    private String email;
    @OneToMany(mappedBy = "user")
    private List<JpaPost> posts = new ArrayList<>();

    protected JpaUser() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public List<JpaPost> getPosts() {
        return posts;
    }
}
