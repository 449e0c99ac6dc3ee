package kz.police.lps.core.internal.register;

import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.unit.CardAlert;

/** The JSON file a bundle ships its registers and grounds in (manifest header {@code LPS-Registers}). */
public record RegisterFile(String unit, List<Register> registers, List<Ground> grounds) {

    public RegisterFile {
        registers = registers == null ? List.of() : registers;
        grounds = grounds == null ? List.of() : grounds;
    }

    /** A register; {@code alert} defaults to WARNING, {@code restricted} and {@code configurable} to false. */
    public record Register(String id, LocalizedText name, Boolean restricted, CardAlert.Severity alert, String act,
            String lines, Boolean configurable) {
    }

    /** A ground of a register in the same file; {@code checkNorm} is a periodicity norm key or null. */
    public record Ground(String code, String register, GroundKind kind, LocalizedText name, String act, String lines,
            Boolean configurable, String checkNorm) {
    }
}
