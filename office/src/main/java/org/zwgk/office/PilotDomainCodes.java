package org.zwgk.office;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.zwgk.catalogue.PilotDomain;

/**
 * The default code of each of the 26 pilot domains, used when a table names a domain (by its standard name or an
 * alias, e.g. 环境保护 for 生态环境) without a code. The codes follow the sample catalogues (social-assistance,
 * fiscal-budgets …); a catalogue may use others through {@code --domain NAME=CODE}.
 */
public final class PilotDomainCodes {

    private static final Map<PilotDomain, String> CODES = codes();

    private PilotDomainCodes() {
    }

    private static Map<PilotDomain, String> codes() {
        Map<PilotDomain, String> m = new EnumMap<>(PilotDomain.class);
        m.put(PilotDomain.URBAN_RURAL_PLANNING, "urban-rural-planning");
        m.put(PilotDomain.MAJOR_CONSTRUCTION_PROJECTS, "major-projects");
        m.put(PilotDomain.PUBLIC_RESOURCE_TRADING, "public-resource-trading");
        m.put(PilotDomain.FISCAL_BUDGETS, "fiscal-budgets");
        m.put(PilotDomain.WORK_SAFETY, "work-safety");
        m.put(PilotDomain.TAX_ADMINISTRATION, "tax-administration");
        m.put(PilotDomain.RURAL_LAND_EXPROPRIATION, "rural-land-expropriation");
        m.put(PilotDomain.URBAN_HOUSING_EXPROPRIATION, "housing-expropriation");
        m.put(PilotDomain.SUBSIDISED_HOUSING, "subsidised-housing");
        m.put(PilotDomain.RURAL_DILAPIDATED_HOUSING, "rural-dilapidated-housing");
        m.put(PilotDomain.ECOLOGY_ENVIRONMENT, "ecology-environment");
        m.put(PilotDomain.PUBLIC_CULTURE, "public-culture");
        m.put(PilotDomain.PUBLIC_LEGAL_SERVICES, "public-legal-services");
        m.put(PilotDomain.POVERTY_ALLEVIATION, "poverty-alleviation");
        m.put(PilotDomain.DISASTER_RELIEF, "disaster-relief");
        m.put(PilotDomain.FOOD_DRUG_REGULATION, "food-drug-regulation");
        m.put(PilotDomain.URBAN_LAW_ENFORCEMENT, "urban-law-enforcement");
        m.put(PilotDomain.EMPLOYMENT, "employment");
        m.put(PilotDomain.SOCIAL_INSURANCE, "social-insurance");
        m.put(PilotDomain.SOCIAL_ASSISTANCE, "social-assistance");
        m.put(PilotDomain.ELDERLY_CARE, "elderly-care");
        m.put(PilotDomain.HOUSEHOLD_REGISTRATION, "household-registration");
        m.put(PilotDomain.AGRICULTURAL_SUBSIDIES, "agricultural-subsidies");
        m.put(PilotDomain.COMPULSORY_EDUCATION, "compulsory-education");
        m.put(PilotDomain.HEALTH, "health");
        m.put(PilotDomain.MUNICIPAL_SERVICES, "municipal-services");
        return Map.copyOf(m);
    }

    /** The default code of a pilot domain. */
    public static String code(PilotDomain domain) {
        return CODES.get(domain);
    }

    /** The default code of a domain name, if it names a pilot domain. */
    public static Optional<String> forName(String name) {
        return PilotDomain.byName(name).map(CODES::get);
    }
}
