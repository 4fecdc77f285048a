package dev.toasty.suite;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * Finds DynamoDB for the suite: the endpoint in {@code TOASTY_TEST_DYNAMODB_ENDPOINT} (required then),
 * else DynamoDB Local started in this JVM, in memory, on a free port. DynamoDB Local accepts any
 * credentials; when the SDK's default chain has none, the suite sets dummy ones as system properties.
 */
final class DynamoSource {

    private static DynamoDBProxyServer server;

    private DynamoSource() {
    }

    static Source resolve() {
        dummyCredentials();
        String env = System.getenv("TOASTY_TEST_DYNAMODB_ENDPOINT");
        if (env != null && !env.isBlank()) {
            return new Source("dynamodb:?endpoint=" + env + "&region=" + region(), null, true);
        }
        try {
            int port = freePort();
            server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-port", String.valueOf(port)});
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(DynamoSource::stop));
            return new Source("dynamodb://127.0.0.1:" + port + "?region=" + region(), null, true);
        } catch (Exception | LinkageError e) {
            return new Source(null, "DynamoDB Local could not start in-process: " + e, false);
        }
    }

    private static String region() {
        String region = System.getenv("AWS_REGION");
        return region == null || region.isBlank() ? "us-east-1" : region;
    }

    private static void dummyCredentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getProperty("aws.accessKeyId") == null) {
            System.setProperty("aws.accessKeyId", "toasty");
            System.setProperty("aws.secretAccessKey", "toasty");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // the JVM is exiting
        }
    }
}
