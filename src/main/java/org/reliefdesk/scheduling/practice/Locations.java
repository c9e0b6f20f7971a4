package org.reliefdesk.scheduling.practice;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locations with their rooms and equipment units. */
@Component
public class Locations {

    static final String HOT_STONE_KIT = "HOT_STONE_KIT";
    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Location> all() {
        return jdbc.sql("select id from location order by created_at, name").query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /** One statement: the location, its active rooms in order and its active kits. */
    public Optional<Location> find(UUID id) {
        return jdbc.sql("""
                select l.name, l.time_zone, l.buffer_minutes, l.late_cancel_hours, l.address, l.offer_hold_minutes,
                    l.late_cancel_fee, l.no_show_fee,
                    array(select r.id from room r where r.location_id = l.id and r.active order by r.position, r.name)
                        as room_ids,
                    array(select r.name from room r where r.location_id = l.id and r.active order by r.position, r.name)
                        as room_names,
                    (select count(*)::int from equipment_unit e where e.location_id = l.id and e.active
                        and e.kind = 'HOT_STONE_KIT') as kits
                from location l where l.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Location(id, rs.getString("name"), rs.getString("time_zone"),
                        rs.getInt("buffer_minutes"), rs.getInt("late_cancel_hours"),
                        rooms((UUID[]) rs.getArray("room_ids").getArray(), (String[]) rs.getArray("room_names").getArray()),
                        rs.getInt("kits") == 0 ? List.of() : List.of(new Equipment(HOT_STONE_KIT, rs.getInt("kits"))),
                        rs.getString("address"), rs.getInt("offer_hold_minutes"), rs.getBigDecimal("late_cancel_fee"),
                        rs.getBigDecimal("no_show_fee")))
                .optional();
    }

    private static List<Room> rooms(UUID[] ids, String[] names) {
        List<Room> rooms = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            rooms.add(new Room(ids[i], names[i]));
        }
        return rooms;
    }

    public Location get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Location"));
    }

    /** The oldest location (the practice's first), if any. */
    public Optional<Location> first() {
        return jdbc.sql("select id from location order by created_at limit 1").query(UUID.class).optional()
                .flatMap(this::find);
    }

    @Transactional
    Location create(Location request) {
        check(request);
        UUID id = jdbc.sql("""
                insert into location (name, time_zone, buffer_minutes, late_cancel_hours, address, offer_hold_minutes,
                    late_cancel_fee, no_show_fee)
                values (:name, :zone, :buffer, :late, coalesce(:address, ''), coalesce(:hold, :defaultHold),
                    coalesce(:lateFee, 0.00), coalesce(:noShowFee, 0.00))
                returning id""")
                .param("name", request.name().strip()).param("zone", request.timeZone())
                .param("buffer", request.bufferMinutes()).param("late", request.lateCancelHours())
                .param("address", stripped(request.address())).param("hold", request.offerHoldMinutes())
                .param("defaultHold", Location.DEFAULT_OFFER_HOLD_MINUTES)
                .param("lateFee", request.lateCancelFee()).param("noShowFee", request.noShowFee())
                .query(UUID.class).single();
        saveRooms(id, request.rooms());
        saveEquipment(id, request.equipment());
        return get(id);
    }

    /** Rooms named with an id are renamed, new ones added, rooms left out are retired; counts set the units. */
    @Transactional
    Location update(UUID id, Location request) {
        get(id);
        check(request);
        jdbc.sql("""
                update location set name = :name, time_zone = :zone, buffer_minutes = :buffer,
                    late_cancel_hours = :late, address = coalesce(:address, address),
                    offer_hold_minutes = coalesce(:hold, offer_hold_minutes),
                    late_cancel_fee = coalesce(:lateFee, late_cancel_fee), no_show_fee = coalesce(:noShowFee, no_show_fee),
                    updated_at = now() where id = :id""")
                .param("name", request.name().strip()).param("zone", request.timeZone())
                .param("buffer", request.bufferMinutes()).param("late", request.lateCancelHours())
                .param("address", stripped(request.address())).param("hold", request.offerHoldMinutes())
                .param("lateFee", request.lateCancelFee()).param("noShowFee", request.noShowFee())
                .param("id", id).update();
        saveRooms(id, request.rooms());
        saveEquipment(id, request.equipment());
        return get(id);
    }

    static void check(Location request) {
        check(request, new FieldErrors());
    }

    /** Adds every wrong field to {@code errors} (which may hold a request's earlier errors), then throws if any. */
    static void check(Location request, FieldErrors errors) {
        errors.name("name", request.name(), 100);
        errors.required("timeZone", request.timeZone());
        if (request.timeZone() != null && !request.timeZone().isBlank() && !validZone(request.timeZone())) {
            errors.add("timeZone", "must be an IANA time zone such as America/New_York");
        }
        if (request.bufferMinutes() < 0 || request.bufferMinutes() > 120) {
            errors.add("bufferMinutes", "must be between 0 and 120");
        }
        if (request.lateCancelHours() < 0 || request.lateCancelHours() > 336) {
            errors.add("lateCancelHours", "must be between 0 and 336");
        }
        errors.maxLength("address", request.address(), 300);
        if (request.offerHoldMinutes() != null && (request.offerHoldMinutes() < 5 || request.offerHoldMinutes() > 2880)) {
            errors.add("offerHoldMinutes", "must be between 5 and 2880");
        }
        checkFee(errors, "lateCancelFee", request.lateCancelFee());
        checkFee(errors, "noShowFee", request.noShowFee());
        checkRooms(errors, request.rooms());
        checkEquipment(errors, request.equipment());
        errors.throwIfAny();
    }

    private static void checkFee(FieldErrors errors, String field, java.math.BigDecimal fee) {
        if (fee != null && (fee.signum() < 0 || fee.scale() > 2 || fee.precision() - fee.scale() > 9)) {
            errors.add(field, "must be an amount from 0.00 to 999999999.99");
        }
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    private static void checkRooms(FieldErrors errors, List<Room> rooms) {
        if (rooms == null || rooms.isEmpty()) {
            errors.add("rooms", "needs at least one room");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rooms.size(); i++) {
            String name = rooms.get(i) == null ? null : rooms.get(i).name();
            errors.name("rooms[" + i + "].name", name, 60);
            if (name != null && !name.isBlank() && !names.add(name.strip().toLowerCase())) {
                errors.add("rooms[" + i + "].name", "is used by another room");
            }
        }
    }

    private static void checkEquipment(FieldErrors errors, List<Equipment> equipment) {
        for (int i = 0; equipment != null && i < equipment.size(); i++) {
            Equipment item = equipment.get(i);
            if (item == null || !HOT_STONE_KIT.equals(item.kind())) {
                errors.add("equipment[" + i + "].kind", "must be HOT_STONE_KIT");
            }
            if (item == null || item.count() == null || item.count() < 0 || item.count() > 50) {
                errors.add("equipment[" + i + "].count", "must be a whole number from 0 to 50");
            }
        }
    }

    /** A name from the IANA time-zone database ("America/New_York", "UTC"), not a bare offset like "+05:00". */
    private static boolean validZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }

    private void saveRooms(UUID location, List<Room> rooms) {
        List<UUID> kept = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            Room room = rooms.get(i);
            int updated = room.id() == null ? 0 : jdbc.sql("""
                    update room set name = :name, position = :position, active = true
                    where id = :id and location_id = :location""")
                    .param("name", room.name().strip()).param("position", i).param("id", room.id())
                    .param("location", location).update();
            kept.add(updated == 1 ? room.id() : jdbc.sql("""
                    insert into room (location_id, name, position) values (:location, :name, :position) returning id""")
                    .param("location", location).param("name", room.name().strip()).param("position", i)
                    .query(UUID.class).single());
        }
        jdbc.sql("update room set active = false where location_id = :location and not (id = any(:kept))")
                .param("location", location).param("kept", kept.toArray(UUID[]::new)).update();
    }

    private void saveEquipment(UUID location, List<Equipment> equipment) {
        int kits = equipment == null ? 0 : equipment.stream().filter(e -> HOT_STONE_KIT.equals(e.kind()))
                .mapToInt(Equipment::count).sum();
        jdbc.sql("update equipment_unit set active = (number <= :count) where location_id = :location and kind = :kind")
                .param("count", kits).param("location", location).param("kind", HOT_STONE_KIT).update();
        jdbc.sql("""
                insert into equipment_unit (location_id, kind, number)
                select :location, :kind, n from generate_series(1, :count) n
                on conflict (location_id, kind, number) do nothing""")
                .param("location", location).param("kind", HOT_STONE_KIT).param("count", kits).update();
    }
}
