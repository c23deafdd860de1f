package org.zwgk.spi.text;

/** Why a file, or a part of it, could not be read for screening. */
public enum ReadProblem {
    /** No extractor reads this type (e.g. an image, OFD, or a PDF when {@code zwgk-extract} is not installed). */
    UNSUPPORTED_TYPE,
    /** The file is protected by a password. */
    ENCRYPTED,
    /** The file is damaged or is not of the type it claims to be. */
    CORRUPT,
    /** The file, its unpacked content or its text exceed the {@link ExtractionLimits} (e.g. a zip bomb). */
    TOO_LARGE,
    /** A page holds images but no text layer (a scan): its text cannot be checked without OCR. */
    NO_TEXT_LAYER,
    /** The text is in none of the encodings recognised (UTF-8, UTF-16 with a byte-order mark, GBK/GB18030). */
    CHARSET
}
