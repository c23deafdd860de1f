/** Index numbers (索引号): issued from templates, unique and never reused, even under concurrent issuance. */
package org.zwgk.index;
