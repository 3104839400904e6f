-- A measure's check-ins in the order every reader takes them (newest first: date, then time
-- recorded), so that one check-in and the one before it are found without reading the others.
-- It replaces (measure_id, date), which it begins with.
CREATE INDEX check_ins_measure_order ON check_ins (measure_id, date, created_at);
DROP INDEX check_ins_measure_date;
