-- two-step verification: the newest TOTP time step accepted (a code is never accepted twice), so that a
-- code seen by someone else cannot be replayed; wrong codes are counted in login_failure ('second-step:<id>').
alter table app_user add column two_factor_last_step bigint;
