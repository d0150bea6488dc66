package org.openprocure.web.document;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.discussion.DocumentDirectory;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;

/**
 * Backs /WEB-INF/includes/timeline.xhtml: the document's audit trail, oldest first, read again on
 * every render. Each action shows its label from the bundle (timeline.action.NAME), or the raw
 * action when the bundle has none yet.
 */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentDirectory directory;

    @Inject
    private LanguageSelector language;

    private List<Entry> entries = List.of();
    private String problem;

    /** One audit entry as the page shows it. */
    public record Entry(long id, String at, String actor, String action, String detail) implements Serializable {
    }

    public void open(String typeName, Object id) {
        try {
            entries = directory.timeline(DocumentDirectory.threadType(typeName), DocumentKeys.id(id)).stream()
                    .map(entry -> new Entry(entry.getId(), DocumentKeys.dateTime(entry.getOccurredAt(), language.getLocale()), entry.getActor(),
                            PageLabels.labelOr("timeline.action." + entry.getAction(), entry.getAction()), entry.getDetail()))
                    .toList();
            problem = null;
        } catch (BusinessException e) {
            entries = List.of();
            problem = e.describe(language.getLocale());
        }
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getProblem() {
        return problem;
    }
}
