package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.certificate.OpenBadgeService;

/** Download handlers for certificate PDFs: the service decides, at download time, whether the person may have it. */
final class CertificateDownloads {

    private CertificateDownloads() {
    }

    static DownloadHandler pdf(CertificateService certificates, long certificateId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                CertificateService.CertificateFile file = certificates.pdf(certificateId);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), "application/pdf",
                        file.bytes().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
    }

    /** The learner's Open Badges credential, signed (VC-JWT) or as JSON; the service checks it is theirs. */
    static DownloadHandler openBadge(OpenBadgeService badges, long certificateId, boolean signed) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                OpenBadgeService.CredentialFile file = signed ? badges.signedCredential(certificateId)
                        : badges.credentialJson(certificateId);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                        file.bytes().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
    }
}
