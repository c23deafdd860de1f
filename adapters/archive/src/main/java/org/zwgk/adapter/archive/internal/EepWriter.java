package org.zwgk.adapter.archive.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.zwgk.adapter.archive.Sm3;

/**
 * Writes one DA/T 48-2009 electronic-file package (电子文件封装包) with DA/T 46-2009 core metadata. Every embedded
 * file is Base64 (RFC 2045) in 编码数据, and carries its SM3 value in the zwgk fixity extension namespace (DA/T 48
 * defines no digest element; an extension namespace keeps the EEP elements untouched).
 */
public final class EepWriter {

    /** DA/T 48 namespace as used by implementations (reference §10.1). */
    public static final String NS = "http://www.saac.gov.cn/standards/ERM/encapsulation";
    /** zwgk extension namespace for fixity values. */
    public static final String FIXITY_NS = "https://zwgk.org/ns/fixity";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** One embedded file. */
    public record Doc(String id, boolean main, String title, String fileName, String mediaType, byte[] content) {
    }

    /** Everything that goes into a package. */
    public record Package(String fileNumber, String indexNumber, String attributeLabel, String title, String publisher,
                          String documentNumber, String date, String year, String summary, String retention,
                          String securityClass, String fondsUnit, String archiveName, String action,
                          Instant actionAt, String actionBasis, String relatedFileNumber, List<Doc> docs,
                          Instant createdAt, ZoneId zone) {
    }

    /** The digests of the embedded files, in order, as written. */
    public record Result(byte[] xml, List<String> embeddedSm3) {
    }

    private EepWriter() {
    }

    public static Result write(Package p) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
            List<String> digests = new ArrayList<>();
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NS);
            w.setPrefix("zwgk", FIXITY_NS);
            w.writeStartElement(NS, "电子文件封装包");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("zwgk", FIXITY_NS);
            el(w, "封装包格式描述", "本EEP根据中华人民共和国档案行业标准DA/T 48-2009《基于XML的电子文件封装规范》生成");
            el(w, "版本", "2009");
            w.writeStartElement(NS, "被签名对象");
            w.writeAttribute("eep版本", "2009");
            el(w, "封装包类型", "原始型");
            el(w, "封装包类型描述", "本封装包包含电子文件数据及其元数据，原始封装，未经修改");
            el(w, "封装包创建时间", TIME.format(p.createdAt().atZone(p.zone())));
            el(w, "封装包创建单位", p.publisher());
            w.writeStartElement(NS, "封装内容");

            w.writeStartElement(NS, "文件实体块");
            w.writeStartElement(NS, "文件实体");
            el(w, "聚合层次", "文件");
            w.writeStartElement(NS, "来源");
            if (!p.archiveName().isEmpty()) {
                el(w, "档案馆名称", p.archiveName());
            }
            el(w, "立档单位名称", p.fondsUnit());
            w.writeEndElement();
            el(w, "电子文件号", p.fileNumber());
            w.writeStartElement(NS, "档号");
            el(w, "年度", p.year());
            el(w, "保管期限", p.retention());
            el(w, "室编件号", p.fileNumber());
            w.writeEndElement();
            w.writeStartElement(NS, "内容描述");
            el(w, "题名", p.title());
            if (!p.summary().isEmpty()) {
                el(w, "摘要", p.summary());
            }
            if (!p.documentNumber().isEmpty()) {
                el(w, "文件编号", p.documentNumber());
            }
            el(w, "责任者", p.publisher());
            el(w, "日期", p.date());
            el(w, "密级", p.securityClass());
            w.writeEndElement();
            w.writeStartElement(NS, "形式特征");
            el(w, "文件组合类型", p.docs().size() > 1 ? "组合文件" : "单件");
            el(w, "语种", "汉语");
            w.writeEndElement();
            w.writeStartElement(NS, "存储位置");
            el(w, "当前位置", "政府信息公开移交目录");
            el(w, "脱机载体编号", "无");
            w.writeEndElement();
            w.writeStartElement(NS, "权限管理");
            el(w, "控制标识", "开放");
            w.writeEndElement();
            el(w, "附注", "索引号：" + p.indexNumber() + "；公开属性：" + p.attributeLabel());
            w.writeStartElement(NS, "文件数据");
            int seq = 1;
            for (Doc d : p.docs()) {
                String sm3 = Sm3.hex(d.content());
                digests.add(sm3);
                w.writeStartElement(NS, "文档");
                el(w, "文档标识符", d.id());
                el(w, "文档序号", Integer.toString(seq++));
                el(w, "文档主从声明", d.main() ? "主文档" : "附属文档");
                el(w, "题名", d.title());
                w.writeStartElement(NS, "文档数据");
                w.writeStartElement(NS, "编码");
                w.writeStartElement(NS, "电子属性");
                el(w, "格式信息", d.mediaType());
                el(w, "计算机文件名", d.fileName());
                el(w, "计算机文件大小", Long.toString(d.content().length));
                el(w, "文档创建程序", "zwgk");
                w.writeStartElement(FIXITY_NS, "固化值");
                w.writeAttribute("算法", Sm3.ALGORITHM);
                w.writeCharacters(sm3);
                w.writeEndElement();
                w.writeEndElement(); // 电子属性
                el(w, "编码描述", "Base64编码（RFC 2045）");
                el(w, "反编码关键字", "base64");
                el(w, "编码数据", Base64.getMimeEncoder().encodeToString(d.content()));
                w.writeEndElement(); // 编码
                w.writeEndElement(); // 文档数据
                w.writeEndElement(); // 文档
            }
            w.writeEndElement(); // 文件数据
            w.writeEndElement(); // 文件实体
            if (!p.relatedFileNumber().isEmpty()) {
                w.writeStartElement(NS, "文件实体关系");
                el(w, "文件标识符", p.fileNumber());
                el(w, "被关联文件标识符", p.relatedFileNumber());
                el(w, "关系类型", "撤回");
                el(w, "关系描述", "本文件为被关联文件的撤回（废止）说明");
                w.writeEndElement();
            }
            w.writeEndElement(); // 文件实体块

            w.writeStartElement(NS, "业务实体块");
            w.writeStartElement(NS, "业务实体");
            el(w, "业务标识符", "B1");
            el(w, "机构人员标识符", "A1");
            el(w, "文件标识符", p.fileNumber());
            el(w, "业务状态", "历史行为");
            el(w, "业务行为", p.action());
            el(w, "行为时间", TIME.format(p.actionAt().atZone(p.zone())));
            el(w, "行为依据", p.actionBasis());
            w.writeEndElement();
            w.writeEndElement();

            w.writeStartElement(NS, "机构人员实体块");
            w.writeStartElement(NS, "机构人员实体");
            el(w, "机构人员标识符", "A1");
            el(w, "机构人员类型", "单位");
            el(w, "机构人员名称", p.publisher());
            w.writeEndElement();
            w.writeEndElement();

            w.writeEndElement(); // 封装内容
            w.writeEndElement(); // 被签名对象
            w.writeEndElement(); // 电子文件封装包
            w.writeEndDocument();
            w.close();
            buf.write('\n');
            return new Result(buf.toByteArray(), List.copyOf(digests));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write EEP", e);
        }
    }

    private static void el(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(xmlSafe(text));
        w.writeEndElement();
    }

    /** XML 1.0 cannot carry C0 controls (other than tab/LF/CR) even escaped; they become U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
