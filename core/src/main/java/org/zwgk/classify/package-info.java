/**
 * Disclosure attributes (公开属性) and their legal grounds (OGI Arts. 14–16), redaction records for partial
 * disclosure (Art. 37), secrecy review (Art. 17) and the periodic re-review of withheld information (Art. 18).
 */
package org.zwgk.classify;
