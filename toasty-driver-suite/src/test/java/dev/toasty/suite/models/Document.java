package dev.toasty.suite.models;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;

import java.util.UUID;

/** A client-generated UUID v7 key. */
@Model
public record Document(@Key @Auto UUID id, @Required String title, byte[] body) {
}
