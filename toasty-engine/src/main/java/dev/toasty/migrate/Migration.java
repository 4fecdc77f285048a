package dev.toasty.migrate;

import java.util.List;

/**
 * One migration of a set: its version (digits, compared as a number, e.g. {@code 20261207131500}), what it does,
 * its steps, the steps that undo them in order, and the checksum of its file (SHA-256 of the text with line
 * endings and trailing whitespace normalised, so that an editor does not change it).
 *
 * @param source where it was read from ({@code classpath:db/toasty/V1__init.json}), for messages
 */
public record Migration(String version, String description, List<Step> up, List<Step> down, String checksum, String source) {

    public Migration {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /** {@code V20261207131500 (add user email)}, for messages. */
    public String label() {
        return "V" + version + " (" + description + ")";
    }
}
