/**
 * The standard catalogue (政务公开事项标准目录, 国办发〔2019〕54号): metadata, domains and items with their nine
 * elements, loaded from YAML or JSON files described by {@code schemas/catalogue.schema.json}.
 */
package org.zwgk.catalogue;
