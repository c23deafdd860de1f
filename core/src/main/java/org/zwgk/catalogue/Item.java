package org.zwgk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One disclosure item (公开事项) with its elements: 名称 ({@code path}), 内容, 依据, 时限, 主体, 渠道, 对象, 方式, 层级,
 * and the optional 五公开 stage.
 *
 * @param id       unique in its catalogue; approval systems refer to items by it
 * @param path     一级事项, 二级事项 and optional 三级事项
 * @param content  公开内容
 * @param elements optional content elements, each required or optional
 * @param basis    公开依据 (laws, regulations, documents)
 * @param timeLimit 公开时限, verbatim and resolved
 * @param subject  公开主体
 * @param channels 公开渠道和载体
 * @param audience 公开对象
 * @param method   公开方式
 * @param levels   公开层级
 * @param stage    五公开 stage, {@code null} when the catalogue does not say
 */
public record Item(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String id,
        @NotNull @Size(min = 1, max = 3) List<@NotBlank String> path,
        @NotBlank String content,
        @NotNull List<@Valid @NotNull ContentElement> elements,
        @NotEmpty List<@NotBlank String> basis,
        @NotNull @Valid TimeLimit timeLimit,
        @NotBlank String subject,
        @NotEmpty List<@NotNull @Valid Channel> channels,
        @NotNull Audience audience,
        @NotNull Method method,
        @NotEmpty List<@NotNull Level> levels,
        Stage stage) {

    public Item {
        Objects.requireNonNull(id, "id");
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        Objects.requireNonNull(content, "content");
        elements = elements == null ? List.of() : List.copyOf(elements);
        basis = List.copyOf(Objects.requireNonNull(basis, "basis"));
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(subject, "subject");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(method, "method");
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    }

    /** The 五公开 stage, if the catalogue gives one. */
    public Optional<Stage> stageIfAny() {
        return Optional.ofNullable(stage);
    }

    /** The item name as tables show it: the path joined with {@code /}. */
    public String name() {
        return String.join("/", path);
    }

    public boolean disclosedAt(Level level) {
        return levels.contains(level);
    }

    public boolean hasChannel(StandardChannel kind) {
        return channels.stream().anyMatch(c -> c.kind() == kind);
    }
}
