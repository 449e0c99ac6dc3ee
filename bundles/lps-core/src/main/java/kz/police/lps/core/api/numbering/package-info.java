@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.numbering;
