package dev.toasty.internal.dynamo;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A DynamoDB connection URL: {@code dynamodb:} (the SDK's default endpoint and region),
 * {@code dynamodb://host:port} (an endpoint over http, as DynamoDB Local serves), with optional
 * parameters {@code region}, {@code endpoint} and {@code tablePrefix}. Credentials never go in the URL:
 * they come from the SDK's default chain.
 */
record DynamoUrl(String endpoint, String region, String tablePrefix) {

    static boolean matches(String url) {
        return url.startsWith("dynamodb:");
    }

    static DynamoUrl parse(String url) {
        String rest = url.substring("dynamodb:".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        Map<String, String> params = params(query, url);
        String endpoint = params.remove("endpoint");
        if (rest.startsWith("//") && rest.length() > 2) {
            String authority = rest.substring(2).replaceAll("/+$", "");
            if (authority.contains("@")) {
                throw new IllegalArgumentException("url: credentials do not belong in a DynamoDB URL; the AWS SDK's default "
                        + "credentials chain provides them (environment, profile, instance role)");
            }
            endpoint = "http://" + authority;
        } else if (!rest.isEmpty() && !rest.equals("//")) {
            throw new IllegalArgumentException("url: expected dynamodb: or dynamodb://host:port, got " + url);
        }
        if (endpoint != null) {
            URI.create(endpoint);
        }
        String region = params.remove("region");
        String prefix = params.remove("tablePrefix");
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("url: unknown DynamoDB parameter(s) " + params.keySet()
                    + "; known are region, endpoint, tablePrefix");
        }
        return new DynamoUrl(endpoint, region, prefix == null ? "" : prefix);
    }

    private static Map<String, String> params(String query, String url) {
        Map<String, String> out = new HashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("url: bad parameter '" + pair + "' in " + url);
            }
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
