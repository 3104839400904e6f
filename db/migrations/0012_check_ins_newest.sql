-- A measure's check-ins newest first, as every read walks them (latest, the one that counts, the
-- one before a check-in): each lookup is one LIMIT 1 step down this index, never a sort.
CREATE INDEX check_ins_newest ON check_ins (measure_id, date DESC, created_at DESC, id DESC);
