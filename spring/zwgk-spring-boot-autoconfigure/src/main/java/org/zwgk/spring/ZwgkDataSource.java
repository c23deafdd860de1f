package org.zwgk.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} zwgk uses when the application has several (as Boot's
 * {@code @FlywayDataSource} does for Flyway). Without it zwgk takes the single or {@code @Primary} DataSource, and
 * refuses to start when that is ambiguous (ZWGK-7007). The transaction manager of the business transactions that
 * call the gate must manage this same DataSource instance.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface ZwgkDataSource {
}
