package uk.safeguarding.training.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One published text of a policy, never changed afterwards: a new text is a new version, which asks everyone again.
 * The content hash (SHA-256 of the Markdown's UTF-8 bytes or of the PDF) is what an acknowledgement records.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends AbstractEntity {

    public enum Format { MARKDOWN, PDF }

    @Column(name = "policy_id", nullable = false)
    private long policyId;
    @Column(nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Format format;
    @Column(length = UNBOUNDED)
    private String markdown;
    @Column(length = UNBOUNDED)
    private byte[] pdf;
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;
    @Column(name = "change_note", nullable = false, length = 1000)
    private String changeNote;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, length = 320)
    private String publishedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_question", joinColumns = @JoinColumn(name = "policy_version_id"))
    @OrderColumn(name = "position")
    private List<PolicyQuestion> questions = new ArrayList<>();

    protected PolicyVersion() {
    }

    PolicyVersion(long policyId, int number, Format format, String markdown, byte[] pdf, String contentHash,
                  String changeNote, List<PolicyQuestion> questions, Instant publishedAt, String publishedBy) {
        this.policyId = policyId;
        this.number = number;
        this.format = format;
        this.markdown = markdown;
        this.pdf = pdf;
        this.contentHash = contentHash;
        this.changeNote = changeNote;
        this.questions = new ArrayList<>(questions);
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public long getPolicyId() {
        return policyId;
    }

    public int getNumber() {
        return number;
    }

    public Format getFormat() {
        return format;
    }

    public String getMarkdown() {
        return markdown;
    }

    byte[] getPdf() {
        return pdf;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<PolicyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
