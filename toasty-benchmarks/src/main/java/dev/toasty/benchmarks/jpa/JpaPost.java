package dev.toasty.benchmarks.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of {@code bench_post}, owning the lazy link to its user. */
@Entity
@Table(name = "bench_post")
public class JpaPost {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private JpaUser user;
    private String title;
    private String body;

    protected JpaPost() {
    }

    public Long getId() {
        return id;
    }

    public JpaUser getUser() {
        return user;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
