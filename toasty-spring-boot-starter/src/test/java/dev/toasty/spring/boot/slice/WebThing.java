package dev.toasty.spring.boot.slice;

import org.springframework.stereotype.Component;

/** An application component that a {@code @DataToastyTest} must not start. */
@Component
public class WebThing {
}
