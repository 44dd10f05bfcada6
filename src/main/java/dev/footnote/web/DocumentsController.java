package dev.footnote.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.IndexingProgress;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.library.DocumentTooLargeException;
import dev.footnote.library.TooManyFilesException;
import dev.footnote.library.UnsupportedDocumentTypeException;
import dev.footnote.library.UploadedDocument;

/** The live corpus: the documents and where each stands, uploads, deletions, the indexer's progress. */
@RestController
class DocumentsController {

    /** A page's size when a cursor comes without a limit, and the largest page. */
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 1000;

    private final DocumentLibrary library;

    DocumentsController(DocumentLibrary library) {
        this.library = library;
    }

    /** A document and its status; {@code documentId}, {@code path} and {@code passages} as before the live corpus. */
    record DocumentResponse(String documentId, String path, int passages, String title, String type, int pages,
                            String status, String reason) {

        static DocumentResponse of(DocumentStatus s) {
            return new DocumentResponse(s.documentId(), s.path(), s.passages(), s.title(), s.type(), s.pages(),
                    s.state().label(), s.reason());
        }
    }

    /**
     * The documents list. {@code documents} as before paging; {@code total}: how many documents there are in all;
     * {@code nextCursor}: pass it as {@code cursor} for the next page, null on the last page (and without {@code limit}).
     */
    record DocumentsResponse(List<DocumentResponse> documents, int total, String nextCursor) {
    }

    /** One uploaded file: the name it was sent with, whether its content was already there, and its document. */
    record UploadResponse(String fileName, boolean duplicate, String documentId, String path, String status, String reason) {
    }

    record UploadsResponse(List<UploadResponse> documents) {
    }

    /**
     * Without {@code limit} or {@code cursor}, every document at once (as before paging); with them, a page of at most
     * {@code limit} documents in path order after the cursor, read without looking at the others.
     */
    @GetMapping("/api/documents")
    DocumentsResponse documents(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        if (limit == null && cursor == null) {
            List<DocumentResponse> all = library.documents().stream().map(DocumentResponse::of).toList();
            return new DocumentsResponse(all, all.size(), null);
        }
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("The parameter 'limit' must be between 1 and " + MAX_PAGE + ", was " + size + ".");
        }
        DocumentLibrary.Page page = library.documents(cursor == null ? null : DocumentCursor.path(cursor), size);
        return new DocumentsResponse(page.documents().stream().map(DocumentResponse::of).toList(), page.total(),
                page.next() == null ? null : DocumentCursor.of(page.next()));
    }

    @GetMapping("/api/documents/{documentId}")
    DocumentResponse document(@PathVariable String documentId) {
        return library.status(documentId).map(DocumentResponse::of)
                .orElseThrow(() -> new NotFoundException("No document with id '" + documentId + "'."));
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadsResponse> upload(MultipartRequest request) {
        List<DocumentLibrary.Upload> uploads = new ArrayList<>();
        for (List<MultipartFile> files : request.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                uploads.add(new DocumentLibrary.Upload(file.getOriginalFilename(), bytes(file)));
            }
        }
        if (uploads.isEmpty()) {
            throw new BadRequestException("Send one or more files as multipart/form-data parts, e.g. curl -F file=@report.pdf .../api/documents.");
        }
        List<UploadResponse> results = library.upload(uploads).stream().map(DocumentsController::response).toList();
        ResponseEntity.BodyBuilder accepted = ResponseEntity.status(HttpStatus.ACCEPTED);
        if (results.size() == 1) {
            accepted.location(URI.create("/api/documents/" + results.get(0).documentId()));
        }
        return accepted.body(new UploadsResponse(results));
    }

    /**
     * Removes a document from Footnote: an upload's file is deleted; a file of the user's own folder is
     * excluded and left on disk, unless {@code file=true} asks for the file itself to be deleted.
     */
    @DeleteMapping("/api/documents/{documentId}")
    ResponseEntity<Void> delete(@PathVariable String documentId, @RequestParam(defaultValue = "false") boolean file) {
        if (library.remove(documentId, file) == DocumentLibrary.Removal.NOT_FOUND) {
            throw new NotFoundException("No document with id '" + documentId + "' (or it was already removed).");
        }
        return ResponseEntity.noContent().build();
    }

    /** Includes an excluded document again: it is queued and indexed as its file is now. */
    @PostMapping("/api/documents/{documentId}/include")
    DocumentResponse include(@PathVariable String documentId) {
        return library.include(documentId).map(DocumentResponse::of)
                .orElseThrow(() -> new NotFoundException("No excluded document with id '" + documentId + "'."));
    }

    @GetMapping("/api/index")
    IndexingProgress index() {
        return library.progress();
    }

    @ExceptionHandler(UnsupportedDocumentTypeException.class)
    ProblemDetail unsupported(UnsupportedDocumentTypeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        problem.setTitle("Unsupported document type");
        problem.setProperty("supported", UnsupportedDocumentTypeException.supported());
        return problem;
    }

    @ExceptionHandler(TooManyFilesException.class)
    ProblemDetail tooManyFiles(TooManyFilesException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Too many files");
        problem.setProperty("maxFilesPerUpload", e.limit());
        return problem;
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ProblemDetail tooLarge(DocumentTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Document too large");
        return problem;
    }

    private static UploadResponse response(UploadedDocument u) {
        DocumentStatus s = u.status();
        return new UploadResponse(u.fileName(), u.duplicate(), s.documentId(), s.path(), s.state().label(), s.reason());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file.getOriginalFilename(), e);
        }
    }
}
