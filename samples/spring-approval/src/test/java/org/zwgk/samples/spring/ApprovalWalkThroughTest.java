package org.zwgk.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One document through the sample's REST endpoints, as the README walks it: 拟稿 → 定属性 → 保密审查 → 签发 refused
 * while nothing is published → publish → 签发 → 办结, and the dispatcher puts it on the static site. Same
 * application.yml as the real run, on an in-memory H2 and a temporary site directory.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:spring-approval;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ApprovalWalkThroughTest {

    static Path site;

    @DynamicPropertySource
    static void site(DynamicPropertyRegistry registry) throws IOException {
        site = Files.createTempDirectory("zwgk-sample-site-");
        registry.add("zwgk.channel.website.out", site::toString);
        registry.add("spring.web.resources.static-locations", () -> site.toUri().toString());
    }

    @Autowired
    MockMvc http;

    ResultActions send(String path, String json) throws Exception {
        return http.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void oneDocumentFromDraftToPublishedWithTheRefusalOnTheWay() throws Exception {
        send("/documents", """
                {"id": "FC-2026-001", "title": "关于调整城乡低保标准的通知", "content": "各村（社区）：……",
                 "catalogueItem": "SA-001"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("拟稿"))
                .andExpect(jsonPath("$.task").value("拟稿"));
        send("/documents/FC-2026-001/draft", """
                {"drafter": "民政办 张三"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.task").value("定属性"))
                .andExpect(jsonPath("$.obligations[0].status").value("OPEN"));
        send("/documents/FC-2026-001/classify", """
                {"attribute": "主动公开", "proposer": "民政办 张三", "reviewer": "党政办 李四", "decider": "镇长 王五"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.task").value("保密审查"));
        send("/documents/FC-2026-001/review", """
                {"reviewer": "保密员 赵六", "signer": "分管领导 钱七"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.task").value("签发"));

        // 签发 before publishing: the gate refuses, the step stays open, the document keeps its state.
        send("/documents/FC-2026-001/issue", """
                {"signer": "镇长 王五"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ZWGK-3201"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("FC-2026-001")))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("截止")));
        http.perform(get("/documents/FC-2026-001")).andExpect(jsonPath("$.task").value("签发"))
                .andExpect(jsonPath("$.state").value("签发"));

        send("/documents/FC-2026-001/publish", """
                {"signer": "镇长 王五"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.obligations[0].status").value("QUEUED"))
                .andExpect(jsonPath("$.deliveries[0].channel").value("website"));
        send("/documents/FC-2026-001/issue", """
                {"signer": "镇长 王五"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("办结"))
                .andExpect(jsonPath("$.task").doesNotExist());

        // The dispatcher running in the application delivers to the static 政府信息公开 column.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String status = "";
        while (System.nanoTime() < deadline && !status.equals("LIVE")) {
            Thread.sleep(200);
            String body = http.perform(get("/documents/FC-2026-001")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            status = com.jayway.jsonpath.JsonPath.read(body, "$.deliveries[0].status");
        }
        assertThat(status).isEqualTo("LIVE");
        String index = http.perform(get("/site/index.html")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(index).contains("关于调整城乡低保标准的通知");

        http.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.zwgk.status").value("UP"));
    }

    @Test
    void aStepOutOfOrderOrAnUnknownDocumentIsRefused() throws Exception {
        send("/documents", """
                {"id": "FC-2026-002", "title": "关于开展安全生产检查的通知", "content": "……", "catalogueItem": "SA-001"}""")
                .andExpect(status().isCreated());
        send("/documents/FC-2026-002/issue", """
                {"signer": "镇长 王五"}""").andExpect(status().isConflict());
        http.perform(get("/documents/NO-SUCH")).andExpect(status().isNotFound());
    }
}
