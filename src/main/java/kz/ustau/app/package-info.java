/**
 * The use cases of Ustau and the ports they talk through. {@link kz.ustau.app.RunMonth} is the monthly job: a payroll
 * source, the writs and the employer in, every debtor's month, the payment orders and the warnings out. Nothing here
 * reads a file by itself; adapters do, behind the ports in {@code app.port}. Nothing here accepts or returns null.
 */
package kz.ustau.app;
