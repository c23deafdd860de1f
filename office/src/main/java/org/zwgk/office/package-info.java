/** Standard catalogues from and to Excel and Word tables. */
package org.zwgk.office;
