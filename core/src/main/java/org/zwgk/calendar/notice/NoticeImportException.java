package org.zwgk.calendar.notice;

import java.util.List;
import org.zwgk.spi.ZwgkException;

/** The notice could not be read; carries every problem found (the first one is the exception's own code). */
public final class NoticeImportException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    private final transient List<NoticeProblem> problems;

    public NoticeImportException(List<NoticeProblem> problems) {
        super(problems.get(0).code(), problems.get(0).args().toArray());
        this.problems = problems.stream().distinct().toList(); // one sentence, one report
    }

    /** Every problem, in text order. */
    public List<NoticeProblem> problems() {
        return problems;
    }
}
