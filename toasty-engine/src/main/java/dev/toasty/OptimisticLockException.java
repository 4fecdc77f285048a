package dev.toasty;

/**
 * An update or delete of a record with a {@link dev.toasty.annotation.Version} field found another version
 * stored (another writer changed the record since it was read), or found the record gone. Nothing of the
 * write was changed; inside a transaction, the transaction is rolled back when this leaves it, so the caller
 * can read the record again and retry the whole unit of work.
 */
public class OptimisticLockException extends ToastyException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final transient Object key;

    public OptimisticLockException(String message, String model, Object key) {
        super(message);
        this.model = model;
        this.key = key;
    }

    /** The model's simple name. */
    public String model() {
        return model;
    }

    /** The key of the record (its single key value, or a list of the parts of a composite key). */
    public Object key() {
        return key;
    }
}
