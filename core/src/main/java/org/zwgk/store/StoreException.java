package org.zwgk.store;

import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** A store, outbox or index-number problem (codes 4000–4999). */
public class StoreException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    public StoreException(ErrorCode code, Object... args) {
        super(code, args);
    }

    public StoreException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }
}
