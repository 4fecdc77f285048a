package dev.toasty.spring.boot.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application with Toasty, its models and one controller, found by the tests of this package. */
@SpringBootApplication
public class WebApp {
}
