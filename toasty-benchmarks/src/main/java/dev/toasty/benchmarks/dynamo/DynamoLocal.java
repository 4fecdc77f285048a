package dev.toasty.benchmarks.dynamo;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

/**
 * DynamoDB Local in this JVM, in memory, on a free port. It needs the sqlite4java native libraries:
 * the module's surefire configuration and the run script point {@code sqlite4java.library.path} at
 * {@code target/native-libs}.
 */
final class DynamoLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static DynamoLocal start() {
        int port = freePort();
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", String.valueOf(port)});
            server.start();
            return new DynamoLocal(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local could not start on port " + port + " (sqlite4java.library.path="
                    + System.getProperty("sqlite4java.library.path") + ")", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
