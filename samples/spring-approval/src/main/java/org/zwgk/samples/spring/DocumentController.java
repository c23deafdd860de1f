package org.zwgk.samples.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwgk.flowable.ZwgkDelegate;
import org.zwgk.gate.UnmetObligationsException;
import org.zwgk.spi.ZwgkException;

/**
 * The REST endpoints of the walk-through (samples/spring-approval/README.md). Each POST is one step, one
 * transaction; the response is the document as committed. A zwgk refusal answers 409 with its code, message and hint.
 */
@RestController
@RequestMapping("/documents")
public class DocumentController {

    private final Documents documents;

    public DocumentController(Documents documents) {
        this.documents = documents;
    }

    /** {"id": …, "title": …, "content": …, "catalogueItem": "SA-001"} */
    @PostMapping
    public ResponseEntity<Documents.View> create(@RequestBody Documents.Draft draft) {
        documents.create(draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(documents.view(draft.id()));
    }

    @GetMapping("/{id}")
    public Documents.View get(@PathVariable("id") String id) {
        return documents.view(id);
    }

    /** 拟稿: {"drafter": "张三"} */
    @PostMapping("/{id}/draft")
    public Documents.View draft(@PathVariable("id") String id, @RequestBody Map<String, String> body) {
        documents.submitDraft(id, required(body, "drafter"));
        return documents.view(id);
    }

    /** 定属性: {"attribute": "主动公开", "proposer": …, "reviewer": …, "decider": …} (+ "grounds", "reason"). */
    @PostMapping("/{id}/classify")
    public Documents.View classify(@PathVariable("id") String id, @RequestBody Map<String, String> body) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(ZwgkDelegate.ATTRIBUTE, required(body, "attribute"));
        v.put(ZwgkDelegate.PROPOSER, required(body, "proposer"));
        v.put(ZwgkDelegate.REVIEWER, required(body, "reviewer"));
        v.put(ZwgkDelegate.DECIDER, required(body, "decider"));
        if (body.containsKey("grounds")) {
            v.put(ZwgkDelegate.GROUNDS, body.get("grounds"));
        }
        if (body.containsKey("reason")) {
            v.put(ZwgkDelegate.REASON, body.get("reason"));
        }
        documents.classify(id, v);
        return documents.view(id);
    }

    /** 保密审查: {"reviewer": …, "signer": …, "outcome": "PASSED"} */
    @PostMapping("/{id}/review")
    public Documents.View review(@PathVariable("id") String id, @RequestBody Map<String, String> body) {
        documents.review(id, Map.of(ZwgkDelegate.SECRECY_REVIEWER, required(body, "reviewer"),
                ZwgkDelegate.SECRECY_SIGNER, required(body, "signer"),
                ZwgkDelegate.SECRECY_OUTCOME, body.getOrDefault("outcome", "PASSED")));
        return documents.view(id);
    }

    /** The signer publishes: {"signer": …} */
    @PostMapping("/{id}/publish")
    public Documents.View publish(@PathVariable("id") String id, @RequestBody Map<String, String> body) {
        documents.publish(id, required(body, "signer"));
        return documents.view(id);
    }

    /** 签发: {"signer": …}; 409 ZWGK-3201 while the disclosure obligation is unmet. */
    @PostMapping("/{id}/issue")
    public Documents.View issue(@PathVariable("id") String id, @RequestBody Map<String, String> body) {
        documents.issue(id, required(body, "signer"));
        return documents.view(id);
    }

    private static String required(Map<String, String> body, String key) {
        String v = body.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("请求缺少字段 " + key);
        }
        return v;
    }

    /** zwgk's refusals and errors, with their stable code (docs/errors.md) and hint. */
    @ExceptionHandler(ZwgkException.class)
    public ResponseEntity<Map<String, Object>> zwgk(ZwgkException e) {
        HttpStatus status = e instanceof UnmetObligationsException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("message", e.getMessage());
        body.put("hint", e.hint(java.util.Locale.CHINA));
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(Documents.WrongStepException.class)
    public ResponseEntity<Map<String, Object>> wrongStep(Documents.WrongStepException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(Documents.NoSuchDocumentException.class)
    public ResponseEntity<Map<String, Object>> notFound(Documents.NoSuchDocumentException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    public ResponseEntity<Map<String, Object>> duplicate(org.springframework.dao.DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "文件编号已存在 / the id exists"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }
}
