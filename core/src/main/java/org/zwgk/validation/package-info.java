/**
 * The one shape of a validation finding across zwgk: a {@link org.zwgk.validation.Violation} with a stable code,
 * severity, file, line, column, JSON Pointer, a message in Chinese or English and a fix hint, collected into a
 * {@link org.zwgk.validation.ValidationReport}. JSON Schema and Bean Validation findings are mapped into it.
 */
package org.zwgk.validation;
