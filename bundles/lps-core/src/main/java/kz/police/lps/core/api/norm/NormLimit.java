package kz.police.lps.core.api.norm;

/** How the value bounds what it measures. */
public enum NormLimit {
    /** at most the value ("≤ 3000 residents", "within 5 working days") */
    AT_MOST,
    /** at least the value ("≥ 1 per quarter") */
    AT_LEAST,
    /** exactly the value ("every 10 calendar days", "by the 5th") */
    EXACTLY,
    /** between the value and {@code valueMax} ("5-7 minutes") */
    RANGE
}
