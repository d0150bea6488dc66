package org.openprocure.web.discussion;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprocure.discussion.AttachmentDownload;
import org.openprocure.discussion.DiscussionService;
import org.openprocure.shared.DocumentNotFoundException;

/**
 * Downloads a message attachment at /attachments/{id} for a signed-in user who may see its
 * document; anyone else gets 404. The file is always sent as a download, with nosniff, so that a
 * browser never runs it as a page.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AttachmentServlet.class.getName());

    @Inject
    private DiscussionService discussions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!path.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload download;
        try {
            download = discussions.attachment(Long.parseLong(path));
        } catch (DocumentNotFoundException e) {
            LOG.info(() -> "Attachment " + path + " not found or not visible to the caller");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.contentType());
        response.setContentLength(download.content().length);
        response.setHeader("Content-Disposition", download.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.content());
    }
}
