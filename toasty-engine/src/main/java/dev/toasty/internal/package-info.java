/**
 * Not API: the implementation behind the public packages (statement tree, mapping, engine, read and write
 * orchestration, the SQL and DynamoDB backends). Public types here are public only for other packages of the
 * engine; applications must not use them, and they change without notice.
 */
package dev.toasty.internal;
