-- The audit log is append-only: no UPDATE or DELETE, whoever connects. (Users with history cannot be
-- deleted: the foreign key is ON DELETE RESTRICT, so no cascade needs to change a row.)
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();

-- A change of role, password or disabled state ends the user's existing sessions, whichever code makes it.
CREATE FUNCTION "user_end_sessions_on_account_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."disabled" IS DISTINCT FROM OLD."disabled" THEN
    NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "user_end_sessions"
  BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_end_sessions_on_account_change"();
