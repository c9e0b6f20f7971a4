package org.reliefdesk.shared.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * The embedded database's roles, set up by the superuser: the application connects as {@value #APPLICATION}
 * (not a superuser; it may create in schema {@code public} and owns every table there but one); the audit table
 * belongs to {@value #AUDIT}, a role nobody logs in as, and the application may only read and add audit rows —
 * a privilege, not only a trigger, so it cannot change, delete or drop them, nor the trigger. The schema itself
 * stays the superuser's, because a schema's owner may drop whatever is in it.
 */
final class DatabaseRoles {

    static final String APPLICATION = "reliefdesk";
    static final String AUDIT = "reliefdesk_audit";

    private DatabaseRoles() {
    }

    /**
     * At every start: both roles exist (the application's with its password when first made), the
     * application may create in schema {@code public} and owns every object the superuser made in it (data
     * folders from before the roles existed). Objects of the audit role stay its own.
     */
    static void prepare(DataSource superuser, DatabaseCredentials credentials, boolean setSuperuserPassword)
            throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            if (setSuperuserPassword) {
                pg.alterUserPassword("postgres", credentials.superuserPassword().toCharArray(), "scram-sha-256");
            }
            if (!roleExists(s, APPLICATION)) {
                s.execute("create role " + APPLICATION
                        + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
                pg.alterUserPassword(APPLICATION, credentials.applicationPassword().toCharArray(), "scram-sha-256");
            }
            if (!roleExists(s, AUDIT)) {
                s.execute("create role " + AUDIT + " nologin nosuperuser nocreatedb nocreaterole noinherit");
            }
            // The schema stays the superuser's: a schema's owner may drop anything in it, the audit table too.
            // The application may create in it and owns every object it creates (all but the audit table).
            s.execute("alter database postgres owner to postgres");
            s.execute("grant connect, create, temporary on database postgres to " + APPLICATION);
            s.execute("alter schema public owner to postgres");
            s.execute("revoke create on schema public from public");
            s.execute("grant usage, create on schema public to " + APPLICATION);
            s.execute(HAND_SUPERUSER_OBJECTS_TO_APPLICATION);
        }
    }

    /** Before migrations that may change the audit table: the application owns it for the migration's length. */
    static void unlockAudit(DataSource superuser) throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            if (auditOwner(s) != null) {
                s.execute("alter table audit_event owner to " + APPLICATION);
                s.execute("alter function audit_event_is_append_only() owner to " + APPLICATION);
            }
        }
    }

    /** After migrations: the audit table and its trigger function belong to the audit role; the application may read and insert. */
    static void lockAudit(DataSource superuser) throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            String owner = auditOwner(s);
            if (owner == null || owner.equals(AUDIT)) {
                return;
            }
            c.setAutoCommit(false);
            s.execute("alter table audit_event owner to " + AUDIT);
            s.execute("alter function audit_event_is_append_only() owner to " + AUDIT);
            s.execute("revoke all on audit_event from public, " + APPLICATION);
            s.execute("grant select, insert on audit_event to " + APPLICATION);
            s.execute("revoke all on function audit_event_is_append_only() from public");
            s.execute("grant usage, select on sequence audit_event_id_seq to " + APPLICATION);
            c.commit();
        }
    }

    private static String auditOwner(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select pg_get_userbyid(relowner) from pg_class "
                + "where oid = to_regclass('public.audit_event')")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean roleExists(Statement s, String role) throws SQLException {
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            return rs.next();
        }
    }

    /** Tables, views, free-standing sequences and functions of schema public still owned by the superuser. */
    private static final String HAND_SUPERUSER_OBJECTS_TO_APPLICATION = """
            do $$
            declare r record;
            begin
                for r in
                    select c.oid::regclass as name,
                           case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                          when 'm' then 'materialized view' else 'table' end as kind
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and c.relowner = 'postgres'::regrole
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter %s %s owner to reliefdesk', r.kind, r.name);
                end loop;
                for r in
                    select p.oid::regprocedure as name from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %s owner to reliefdesk', r.name);
                end loop;
            end $$""";
}
