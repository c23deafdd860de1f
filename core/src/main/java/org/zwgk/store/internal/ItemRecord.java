package org.zwgk.store.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.gate.DisclosureColumn;
import org.zwgk.gate.Validity;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * One row of {@code zwgk_item}, as the gate and the dispatcher decide on it.
 *
 * @param attribute      null until classified
 * @param redactionCount entries of the redaction record (区分处理记录) stored with the classification
 * @param reviewOutcome  the secrecy review's outcome name ({@code PASSED} …), null until reviewed
 * @param proposer       the drafter who proposed the attribute, null until classified
 * @param decidedOn      the date of the attribute decision, null until classified
 * @param column         the part of the disclosure column it is published under
 */
public record ItemRecord(String itemId, String bodyCode, String catalogueItemId, String title, String content,
                         String publisher, String documentNumber, LocalDate formedOn, boolean policyDocument,
                         String indexNumber, LifecycleState state, int version, List<String> channels,
                         DisclosureAttribute attribute, int redactionCount, String reviewOutcome, Validity validity,
                         String proposer, LocalDate decidedOn, DisclosureColumn column) {
    public ItemRecord {
        channels = List.copyOf(channels);
    }
}
