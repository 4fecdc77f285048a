package dev.toasty.spring.boot.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice test finds: its package holds a model and a component the slice must leave out. */
@SpringBootApplication
public class SliceApp {
}
