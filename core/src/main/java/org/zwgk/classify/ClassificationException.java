package org.zwgk.classify;

import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** A classification or secrecy-review record that the regulation does not allow. */
public class ClassificationException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    public ClassificationException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
