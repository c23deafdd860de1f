package org.zwgk.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The 26 pilot domains of 国办发〔2019〕54号, each with a standard guideline (标准指引), recognised by name and by the
 * aliases local catalogues use. Catalogues may also define domains outside this list.
 */
public enum PilotDomain {
    URBAN_RURAL_PLANNING("城乡规划", "国土空间规划"),
    MAJOR_CONSTRUCTION_PROJECTS("重大建设项目"),
    PUBLIC_RESOURCE_TRADING("公共资源交易", "公共资源服务"),
    FISCAL_BUDGETS("财政预决算"),
    WORK_SAFETY("安全生产"),
    TAX_ADMINISTRATION("税收管理"),
    RURAL_LAND_EXPROPRIATION("农村集体土地征收", "征地补偿", "农村集体土地"),
    URBAN_HOUSING_EXPROPRIATION("国有土地上房屋征收与补偿", "房屋征收"),
    SUBSIDISED_HOUSING("保障性住房"),
    RURAL_DILAPIDATED_HOUSING("农村危房改造", "危房改造"),
    ECOLOGY_ENVIRONMENT("生态环境", "环境保护"),
    PUBLIC_CULTURE("公共文化服务"),
    PUBLIC_LEGAL_SERVICES("公共法律服务"),
    POVERTY_ALLEVIATION("扶贫", "乡村振兴"),
    DISASTER_RELIEF("救灾", "救灾生产"),
    FOOD_DRUG_REGULATION("食品药品监管"),
    URBAN_LAW_ENFORCEMENT("城市综合执法"),
    EMPLOYMENT("就业"),
    SOCIAL_INSURANCE("社会保险"),
    SOCIAL_ASSISTANCE("社会救助"),
    ELDERLY_CARE("养老服务"),
    HOUSEHOLD_REGISTRATION("户籍管理"),
    AGRICULTURAL_SUBSIDIES("涉农补贴"),
    COMPULSORY_EDUCATION("义务教育"),
    HEALTH("卫生健康", "医疗卫生"),
    MUNICIPAL_SERVICES("市政服务");

    private final String label;
    private final List<String> aliases;

    PilotDomain(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The standard name, e.g. {@code 社会救助}. */
    public String label() {
        return label;
    }

    /** Other names local catalogues use for this domain (reference §4.5). */
    public List<String> aliases() {
        return aliases;
    }

    /** The pilot domain with this name or alias; empty for a custom domain. */
    public static Optional<PilotDomain> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        for (PilotDomain d : values()) {
            if (d.label.equals(n) || d.aliases.contains(n)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
