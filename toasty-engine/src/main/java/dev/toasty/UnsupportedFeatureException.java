package dev.toasty;

/**
 * The backend cannot run what was asked (a capability it lacks). Thrown before anything is sent to the
 * database; the message names the feature, the backend and what to do instead.
 */
public class UnsupportedFeatureException extends ToastyException {

    private static final long serialVersionUID = 1L;

    private final String feature;
    private final String backend;

    public UnsupportedFeatureException(String feature, String backend, String advice) {
        super(backend + " does not support " + feature + (advice == null || advice.isEmpty() ? "" : ": " + advice));
        this.feature = feature;
        this.backend = backend;
    }

    public String feature() {
        return feature;
    }

    public String backend() {
        return backend;
    }
}
