/** What the use cases need from the outside world: payroll sources (the plug-in SPI), writs, employer, outputs. */
package kz.ustau.app.port;
