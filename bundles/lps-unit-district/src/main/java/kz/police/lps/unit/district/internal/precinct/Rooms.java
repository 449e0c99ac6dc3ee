package kz.police.lps.unit.district.internal.precinct;

import java.util.ArrayList;
import java.util.List;

/** The rooms checklist of a point (BR-09, L385-389); null means not there. */
public record Rooms(Boolean workOffices, Boolean receptionRoom, Boolean deliveredPersonsRoom, Boolean restRoom,
        Boolean sanitaryUnit) {

    /** The rooms missing, in the order of the text. */
    public List<Room> missing() {
        List<Room> out = new ArrayList<>();
        add(out, workOffices, Room.WORK_OFFICES);
        add(out, receptionRoom, Room.RECEPTION_ROOM);
        add(out, deliveredPersonsRoom, Room.DELIVERED_PERSONS_ROOM);
        add(out, restRoom, Room.REST_ROOM);
        add(out, sanitaryUnit, Room.SANITARY_UNIT);
        return out;
    }

    private static void add(List<Room> out, Boolean present, Room room) {
        if (!Boolean.TRUE.equals(present)) {
            out.add(room);
        }
    }
}
