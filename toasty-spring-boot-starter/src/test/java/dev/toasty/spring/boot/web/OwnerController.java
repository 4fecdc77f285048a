package dev.toasty.spring.boot.web;

import dev.toasty.Query;
import dev.toasty.Toasty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners in and out as JSON: the controller passes records between the request and Toasty, nothing more. */
@RestController
class OwnerController {

    private final Toasty db;

    OwnerController(Toasty db) {
        this.db = db;
    }

    @GetMapping("/owners/{id}")
    Owner get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean pets) {
        Query<Owner> query = db.query(Owner.class).where(Owner_.id.eq(id));
        return (pets ? query.include(Owner_.pets) : query).one();
    }

    @PostMapping("/owners")
    Owner create(@RequestBody Owner owner) {
        return db.insert(owner);
    }

    @PutMapping("/owners")
    Owner save(@RequestBody Owner owner) {
        return db.update(owner);
    }
}
