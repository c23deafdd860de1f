package org.zwgk.lifecycle;

import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** An illegal lifecycle transition; the message says what is missing. */
public class LifecycleException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    public LifecycleException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
