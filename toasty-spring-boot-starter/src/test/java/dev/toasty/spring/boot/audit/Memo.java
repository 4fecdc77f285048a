package dev.toasty.spring.boot.audit;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

import java.time.Instant;

/** A model audited with Spring Data's own annotations. */
@Model
public record Memo(@Key @Auto Long id, String text,
                   @CreatedDate Instant createdAt, @CreatedBy String createdBy,
                   @LastModifiedDate Instant modifiedAt, @LastModifiedBy String modifiedBy) {

    public static Memo of(String text) {
        return new Memo(null, text, null, null, null, null);
    }

    public Memo withText(String next) {
        return new Memo(id, next, createdAt, createdBy, modifiedAt, modifiedBy);
    }
}
