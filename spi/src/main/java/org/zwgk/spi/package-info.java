/** Root types shared by every zwgk module: error codes, the exception root, secrets and the SPI version. */
package org.zwgk.spi;
