package dev.toasty.spring.boot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Folds the {@code toasty.dynamodb.endpoint} and {@code region} properties into a {@code dynamodb:} URL. */
final class DynamoUrls {

    private DynamoUrls() {
    }

    static String withSettings(String url, ToastyProperties.Dynamodb settings) {
        StringBuilder out = new StringBuilder(url);
        append(out, "endpoint", settings.endpoint());
        append(out, "region", settings.region());
        return out.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (url.indexOf("?" + name + "=") >= 0 || url.indexOf("&" + name + "=") >= 0) {
            throw new IllegalArgumentException("toasty.dynamodb." + name + " and the " + name
                    + " parameter of toasty.url are both set: keep one");
        }
        url.append(url.indexOf("?") >= 0 ? '&' : '?').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
