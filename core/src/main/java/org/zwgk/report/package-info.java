/** The annual report (OGI Art. 49–50) in the format of 国办公开办函〔2021〕30号, computed from what happened. */
package org.zwgk.report;
